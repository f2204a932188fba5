package com.certdesk.catalog.internal;

import com.certdesk.catalog.ModuleStatus;
import com.certdesk.catalog.SkillArea;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "learning_module")
public class LearningModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_area", nullable = false, length = 40)
    private SkillArea skillArea;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ModuleStatus status = ModuleStatus.DRAFT;

    @Column(name = "content_version", nullable = false)
    private int contentVersion = 1;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LearningModule() {
    }

    public LearningModule(String title, String summary, SkillArea skillArea, int estimatedMinutes, Instant now) {
        this.title = title;
        this.summary = summary;
        this.skillArea = skillArea;
        this.estimatedMinutes = estimatedMinutes;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records a content change; a change to a published module gives it a new version. */
    public void touch(Instant now) {
        updatedAt = now;
        if (status == ModuleStatus.PUBLISHED) {
            contentVersion++;
        }
    }

    public Lesson addLesson(String title, String body, @Nullable String videoUrl) {
        var lesson = new Lesson(this, lessons.size() + 1, title, body, videoUrl);
        lessons.add(lesson);
        return lesson;
    }

    public void removeLesson(Lesson lesson) {
        lessons.remove(lesson);
        renumber();
    }

    /** Moves a lesson by {@code delta} places, staying inside the list. */
    public void moveLesson(Lesson lesson, int delta) {
        int from = lessons.indexOf(lesson);
        int to = Math.max(0, Math.min(lessons.size() - 1, from + delta));
        if (from < 0 || from == to) {
            return;
        }
        lessons.remove(from);
        lessons.add(to, lesson);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).setPosition(i + 1);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public SkillArea getSkillArea() {
        return skillArea;
    }

    public void setSkillArea(SkillArea skillArea) {
        this.skillArea = skillArea;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(int estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public ModuleStatus getStatus() {
        return status;
    }

    public void setStatus(ModuleStatus status) {
        this.status = status;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    /** The edit version JPA raises on every change, for refusing stale edits; not the content version. */
    public long getVersion() {
        return version;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(@Nullable Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
