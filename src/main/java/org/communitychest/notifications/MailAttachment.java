package org.communitychest.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

@Entity
@Table(name = "mail_attachment")
class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The message's id, read only (the message owns the link), for deleting attachments without loading them. */
    @Column(name = "mail_id", insertable = false, updatable = false)
    private Long mailId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected MailAttachment() {
    }

    MailAttachment(MailAttachmentFile file) {
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.content = file.content();
    }

    String fileName() {
        return fileName;
    }

    MailAttachmentFile toFile() {
        return new MailAttachmentFile(fileName, contentType, content);
    }
}
