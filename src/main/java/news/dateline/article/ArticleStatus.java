package news.dateline.article;

public enum ArticleStatus {

    DRAFT, SCHEDULED, PUBLISHED, DELETED

}
