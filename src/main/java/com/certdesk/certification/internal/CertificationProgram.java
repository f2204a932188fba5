package com.certdesk.certification.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an agent must do to be certified, and for how long a certificate is valid. */
@Entity
@Table(name = "cert_program")
public class CertificationProgram {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "validity_months")
    private @Nullable Integer validityMonths;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "min_score")
    private @Nullable Integer minScore;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cert_program_module", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    @Column(name = "module_id")
    private List<Long> moduleIds = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CertificationProgram() {
    }

    public CertificationProgram(String name, String description, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
        this.active = true;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable Integer getValidityMonths() {
        return validityMonths;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public @Nullable Integer getMinScore() {
        return minScore;
    }

    public boolean isActive() {
        return active;
    }

    public List<Long> getModuleIds() {
        return List.copyOf(moduleIds);
    }

    public long getVersion() {
        return version;
    }

    public void update(String name, String description, List<Long> moduleIds, @Nullable Integer validityMonths,
            int windowDays, @Nullable Integer minScore) {
        this.name = name;
        this.description = description;
        this.moduleIds.clear();
        this.moduleIds.addAll(moduleIds);
        this.validityMonths = validityMonths;
        this.windowDays = windowDays;
        this.minScore = minScore;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
