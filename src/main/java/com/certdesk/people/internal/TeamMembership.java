package com.certdesk.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stay of a user in a team, from {@code validFrom} until {@code validTo} (null while it lasts). Rows are only
 * ever added and closed, by {@link User#setTeam}, so the past is never rewritten.
 */
@Entity
@Table(name = "team_membership")
public class TeamMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private @Nullable Instant validTo;

    protected TeamMembership() {
    }

    TeamMembership(User user, long teamId, Instant validFrom) {
        this.user = user;
        this.teamId = teamId;
        this.validFrom = validFrom;
    }

    public long getTeamId() {
        return teamId;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public @Nullable Instant getValidTo() {
        return validTo;
    }

    public long getUserId() {
        return user.getId();
    }

    boolean isOpen() {
        return validTo == null;
    }

    void close(Instant at) {
        this.validTo = at;
    }
}
