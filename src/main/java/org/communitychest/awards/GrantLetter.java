package org.communitychest.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.communitychest.base.Language;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A PDF letter of a grant, kept byte for byte as it was sent or signed. */
@Entity
@Table(name = "grant_letter")
class GrantLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LetterKind kind;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    protected GrantLetter() {
    }

    GrantLetter(long grantId, LetterKind kind, Language language, String fileName, byte[] content, Instant madeAt) {
        this.grantId = grantId;
        this.kind = kind;
        this.language = language.code();
        this.fileName = fileName;
        this.content = content;
        this.madeAt = madeAt;
    }

    Long getId() {
        return id;
    }

    LetterKind getKind() {
        return kind;
    }

    Language getLanguage() {
        return Language.ofCode(language).orElse(Language.ENGLISH);
    }

    String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content;
    }

    Instant getMadeAt() {
        return madeAt;
    }
}
