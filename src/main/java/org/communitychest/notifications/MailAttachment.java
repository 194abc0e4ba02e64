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

    MailAttachmentFile toFile() {
        return new MailAttachmentFile(fileName, contentType, content);
    }
}
