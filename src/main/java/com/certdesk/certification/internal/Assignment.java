package com.certdesk.certification.internal;

import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A program or a module assigned to a whole team or to one agent, due by a date. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id")
    private @Nullable Long programId;

    @Column(name = "module_id")
    private @Nullable Long moduleId;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assignee_key", nullable = false, length = 60)
    private String assigneeKey;

    @Column(name = "assigned_by")
    private @Nullable Long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    /** For a team assignment: days to complete for agents who join the team after it was made. */
    @Column(name = "joiner_days", nullable = false)
    private int joinerDays = AssignmentDraft.DEFAULT_JOINER_DAYS;

    /** When it was first made; {@code assignedAt} moves with every new due date. */
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** How often the due date has changed: each change is a new event the agents are told about once. */
    @Column(name = "due_revision", nullable = false)
    private int dueRevision;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(AssignmentKind kind, long targetId, @Nullable Long teamId, @Nullable Long userId,
            LocalDate dueOn, @Nullable Long assignedBy, Instant assignedAt) {
        if ((teamId == null) == (userId == null)) {
            throw new IllegalArgumentException("An assignment goes to a team or to one agent");
        }
        this.programId = kind == AssignmentKind.PROGRAM ? targetId : null;
        this.moduleId = kind == AssignmentKind.MODULE ? targetId : null;
        this.teamId = teamId;
        this.userId = userId;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.createdAt = assignedAt;
        this.assigneeKey = key(kind, targetId, teamId, userId);
    }

    public Assignment(AssignmentKind kind, long targetId, long teamId, LocalDate dueOn, int joinerDays,
            @Nullable Long assignedBy, Instant assignedAt) {
        this(kind, targetId, teamId, null, dueOn, assignedBy, assignedAt);
        this.joinerDays = joinerDays;
    }

    /** One assignment per target and assignee: "P12:T3" is program 12 for team 3, "M4:U17" module 4 for user 17. */
    public static String key(AssignmentKind kind, long targetId, @Nullable Long teamId, @Nullable Long userId) {
        return (kind == AssignmentKind.PROGRAM ? "P" : "M") + targetId + ":"
                + (teamId != null ? "T" + teamId : "U" + userId);
    }

    public long getId() {
        return id;
    }

    public AssignmentKind getKind() {
        return programId != null ? AssignmentKind.PROGRAM : AssignmentKind.MODULE;
    }

    public long getTargetId() {
        return programId != null ? programId : moduleId;
    }

    public @Nullable Long getTeamId() {
        return teamId;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public @Nullable Long getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public int getJoinerDays() {
        return joinerDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getDueRevision() {
        return dueRevision;
    }

    /** A new due date; returns whether it differs from the old one (saving the same date again changes nothing). */
    public boolean reschedule(LocalDate dueOn, @Nullable Long by, Instant at) {
        if (dueOn.equals(this.dueOn)) {
            return false;
        }
        this.dueOn = dueOn;
        this.assignedBy = by;
        this.assignedAt = at;
        this.dueRevision++;
        return true;
    }

    public void setJoinerDays(int joinerDays) {
        this.joinerDays = joinerDays;
    }
}
