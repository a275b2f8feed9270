package news.dateline.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story. People, countries and events are referenced by id (they are aggregates of
 * their own); the mention counts feed the related-news ranking.
 */
@Entity
@Table(name = "article")
class Article {

    enum Precision {

        DAY, MINUTE

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String headline;

    private String standfirst;

    private String body;

    private String photoCaption;

    private String leadImage;

    private Integer leadImageWidth;

    private Integer leadImageHeight;

    private String leadImageFormat;

    private String leadImageAlt;

    private String leadImageCredit;

    private Long agencyId;

    private String dateline;

    private String language;

    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    private Precision publishedPrecision;

    private String publishedOffset;

    private Instant createdAt;

    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    private String contentHash;

    private String sourceFile;

    private Instant deletedAt;

    private String updatedBy;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "article_person", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "mentions")
    private Map<Long, Integer> personMentions = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "article_country", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "country_id")
    @Column(name = "mentions")
    private Map<Long, Integer> countryMentions = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "article_event", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "event_id")
    private Set<Long> eventIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "article_reference", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Reference> references = new ArrayList<>();

    protected Article() {
    }

    Article(String slug, String headline, String body, String contentHash, Instant now) {
        this.slug = slug;
        this.headline = headline;
        this.body = body;
        this.contentHash = contentHash;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = ArticleStatus.DRAFT;
    }

    /** An item of the agency's "other news" list under the story. */
    @Embeddable
    record Reference(String headline, Instant publishedAt) {
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String headline() {
        return headline;
    }

    String standfirst() {
        return standfirst;
    }

    String body() {
        return body;
    }

    String photoCaption() {
        return photoCaption;
    }

    Long agencyId() {
        return agencyId;
    }

    String dateline() {
        return dateline;
    }

    String language() {
        return language;
    }

    String sourceFile() {
        return sourceFile;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Precision publishedPrecision() {
        return publishedPrecision;
    }

    String publishedOffset() {
        return publishedOffset;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    ArticleStatus status() {
        return status;
    }

    int version() {
        return version;
    }

    Map<Long, Integer> personMentions() {
        return personMentions;
    }

    Map<Long, Integer> countryMentions() {
        return countryMentions;
    }

    Set<Long> eventIds() {
        return eventIds;
    }

    void edit(String slug, String headline, String standfirst, String body, String contentHash, Instant now,
            String editor) {
        this.slug = slug;
        this.headline = headline;
        this.standfirst = standfirst;
        this.body = body;
        this.contentHash = contentHash;
        this.updatedAt = now;
        this.updatedBy = editor;
    }

    /** Draft, scheduled for a time, or published at a time. */
    void schedule(Instant publishedAt, Precision precision, String offset, ArticleStatus status) {
        this.publishedAt = publishedAt;
        this.publishedPrecision = precision;
        this.publishedOffset = offset;
        this.status = status;
    }

    void unpublish(Instant now, String editor) {
        this.status = ArticleStatus.DRAFT;
        this.updatedAt = now;
        this.updatedBy = editor;
    }

    void delete(Instant now, String editor) {
        this.status = ArticleStatus.DELETED;
        this.deletedAt = now;
        this.updatedAt = now;
        this.updatedBy = editor;
    }

    void publishAt(Instant publishedAt, Precision precision, String offset) {
        this.publishedAt = publishedAt;
        this.publishedPrecision = precision;
        this.publishedOffset = offset;
        this.status = ArticleStatus.PUBLISHED;
        if (updatedAt == null || updatedAt.isBefore(publishedAt) || createdAt.equals(updatedAt)) {
            // a story is "updated" only by a later editorial change, not by its import
            this.updatedAt = publishedAt;
        }
    }

    /**
     * The story's lead image, or none: the image's hash, size and variant format, and its
     * words. Its caption is the story's photo caption; without an image the caption (an
     * imported one) is kept but not shown.
     */
    void illustrate(ArticleDraft.LeadImage image, int width, int height, String format) {
        this.leadImage = image.hash();
        this.leadImageWidth = width;
        this.leadImageHeight = height;
        this.leadImageFormat = format;
        this.leadImageAlt = image.alt();
        this.leadImageCredit = image.credit();
        this.photoCaption = image.caption();
    }

    void removeImage() {
        this.leadImage = null;
        this.leadImageWidth = null;
        this.leadImageHeight = null;
        this.leadImageFormat = null;
        this.leadImageAlt = null;
        this.leadImageCredit = null;
    }

    /** The lead image as the newsroom edits it, or null. */
    ArticleDraft.LeadImage leadImage() {
        return leadImage == null ? null
                : new ArticleDraft.LeadImage(leadImage.strip(), leadImageAlt, photoCaption, leadImageCredit);
    }

    void describe(String standfirst, String photoCaption, Long agencyId, String dateline, String language,
            String sourceFile) {
        this.standfirst = standfirst;
        this.photoCaption = photoCaption;
        this.agencyId = agencyId;
        this.dateline = dateline;
        this.language = language;
        this.sourceFile = sourceFile;
    }

    void tag(Map<Long, Integer> people, Map<Long, Integer> countries, Set<Long> events) {
        personMentions.clear();
        personMentions.putAll(people);
        countryMentions.clear();
        countryMentions.putAll(countries);
        eventIds.clear();
        eventIds.addAll(events);
    }

    void referTo(List<Reference> items) {
        references.clear();
        references.addAll(items);
    }

}
