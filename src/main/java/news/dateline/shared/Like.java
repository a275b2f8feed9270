package news.dateline.shared;

/** Patterns for SQL {@code LIKE} built from what someone typed. */
public final class Like {

    private Like() {
    }

    /**
     * Finds the words anywhere, with the wildcards and escapes they may contain taken
     * literally.
     */
    public static String anywhere(String words) {
        return "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

}
