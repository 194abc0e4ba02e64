package org.communitychest.rounds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "round_required_document")
class RequiredDocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String label;

    protected RequiredDocumentEntity() {
    }

    RequiredDocumentEntity(int position, String label) {
        this.position = position;
        this.label = label;
    }

    String getLabel() {
        return label;
    }

    void moveTo(int position) {
        this.position = position;
    }

    RequiredDocument toRecord() {
        return new RequiredDocument(id, label);
    }
}
