package news.dateline.newsroom;

/** An account that cannot be created as asked: the message is for the field it names. */
public class InvalidAccountException extends IllegalArgumentException {

    private final String field;

    InvalidAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** username, displayName or password */
    public String field() {
        return field;
    }

}
