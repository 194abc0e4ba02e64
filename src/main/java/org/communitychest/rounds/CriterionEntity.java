package org.communitychest.rounds;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "round_criterion")
class CriterionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String guidance;

    @Column(nullable = false)
    private int weight;

    @ElementCollection
    @CollectionTable(name = "round_criterion_descriptor", joinColumns = @JoinColumn(name = "criterion_id"))
    @MapKeyColumn(name = "score")
    @Column(name = "descriptor", nullable = false, length = 1000)
    private Map<Integer, String> descriptors = new TreeMap<>();

    protected CriterionEntity() {
    }

    CriterionEntity(int position, Criterion c) {
        this.position = position;
        this.title = c.title().trim();
        this.guidance = c.guidance().trim();
        this.weight = c.weight();
        c.descriptors().forEach((score, text) -> descriptors.put(score, text.trim()));
    }

    Criterion toRecord() {
        return new Criterion(id, title, guidance, weight, new TreeMap<>(descriptors));
    }
}
