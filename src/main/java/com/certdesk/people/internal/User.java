package com.certdesk.people.internal;

import com.certdesk.security.Usernames;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 160)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "hire_date")
    private @Nullable LocalDate hireDate;

    @Column(name = "external_id", length = 120)
    private @Nullable String externalId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private @Nullable Team team;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @BatchSize(size = 100)
    private Set<String> roles = new TreeSet<>();

    /** Every stay in a team, kept in step with {@link #team} by {@link #setTeam}. */
    @OneToMany(mappedBy = "user", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private List<TeamMembership> memberships = new ArrayList<>();

    @Version
    private long version;

    /** Bumped when the account's access changes; open sessions signed in with an older value are ended. */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    /** Written only by the sign-in throttle's own update statements, never by saving this entity. */
    @Column(name = "failed_sign_ins", nullable = false, insertable = false, updatable = false)
    private int failedSignIns;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {
    }

    public User(String username, String displayName, String email, String passwordHash, Instant createdAt) {
        this.username = requireCanonical(username);
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = requireCanonical(username);
    }

    private static String requireCanonical(String username) {
        if (!Usernames.isCanonical(username)) {
            throw new IllegalArgumentException("Not a canonical username: " + username);
        }
        return username;
    }

    public long getSecurityVersion() {
        return securityVersion;
    }

    /** Ends every open session of this user at its next request. */
    public void endSessions() {
        securityVersion++;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(@Nullable LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public @Nullable String getExternalId() {
        return externalId;
    }

    public void setExternalId(@Nullable String externalId) {
        this.externalId = externalId;
    }

    public @Nullable Team getTeam() {
        return team;
    }

    /**
     * Puts the user in this team (or in none) from {@code since} on, and records it in the team history: the open
     * stay in the old team ends at {@code since} and a new one begins. Setting the team they are already in changes
     * nothing. This is the only way to change a user's team, so the history is always complete.
     */
    public void setTeam(@Nullable Team team, Instant since) {
        Long oldId = this.team == null ? null : this.team.getId();
        Long newId = team == null ? null : team.getId();
        if (Objects.equals(oldId, newId)) {
            return;
        }
        for (TeamMembership m : memberships) {
            if (m.isOpen()) {
                m.close(since);
            }
        }
        this.team = team;
        if (team != null) {
            memberships.add(new TeamMembership(this, team.getId(), since));
        }
    }

    public long getVersion() {
        return version;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
