package news.dateline.ingest;

/**
 * Input that is not a wire story at all: empty, binary, or not text in any encoding we
 * read.
 */
public class UnreadableStoryException extends RuntimeException {

    public UnreadableStoryException(String message) {
        super(message);
    }

}
