package news.dateline.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICDATASection;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IComment;
import org.thymeleaf.model.IDocType;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessingInstruction;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Pages without the templates' indentation. Between two tags the templates leave a line
 * break and the indentation of the next line, repeated for every story of a list and
 * every tick of a timeline, and a blank line for each {@code th:if} that shows nothing:
 * 13-22 % of a page's bytes (the relation page 47 KB, 37 KB without). A run of white
 * space alone between two tags that holds a line break leaves as one line break, which a
 * browser lays out as it laid out the run (one space, or nothing between blocks), so the
 * page looks the same and its source still reads a tag a line. White space inside
 * {@code pre}, {@code textarea}, {@code script} and {@code style} is left as it is, and
 * so is any text that is not white space alone (a story's body, a headline).
 */
@Component
class CompactMarkup extends AbstractDialect implements IPostProcessorDialect {

    private static final int PRECEDENCE = 1000;

    CompactMarkup() {
        super("compact-markup");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return PRECEDENCE;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Indentation.class, PRECEDENCE));
    }

    /**
     * One template's output on its way out (Thymeleaf makes one for each page it writes,
     * by its public constructor).
     */
    public static final class Indentation extends AbstractTemplateHandler {

        /**
         * How many {@code pre}, {@code textarea}, {@code script} or {@code style} are
         * open.
         */
        private int verbatim;

        private IText lineBreak;

        /**
         * Whether the last thing written was such a line break (a second one is left
         * out).
         */
        private boolean afterLineBreak;

        public Indentation() {
            // made by Thymeleaf
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (keepsWhiteSpace(tag.getElementCompleteName())) {
                verbatim++;
            }
            afterLineBreak = false;
            super.handleOpenElement(tag);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if (verbatim > 0 && keepsWhiteSpace(tag.getElementCompleteName())) {
                verbatim--;
            }
            afterLineBreak = false;
            super.handleCloseElement(tag);
        }

        @Override
        public void handleStandaloneElement(IStandaloneElementTag tag) {
            afterLineBreak = false;
            super.handleStandaloneElement(tag);
        }

        @Override
        public void handleComment(IComment comment) {
            afterLineBreak = false;
            super.handleComment(comment);
        }

        @Override
        public void handleCDATASection(ICDATASection section) {
            afterLineBreak = false;
            super.handleCDATASection(section);
        }

        @Override
        public void handleDocType(IDocType docType) {
            afterLineBreak = false;
            super.handleDocType(docType);
        }

        @Override
        public void handleProcessingInstruction(IProcessingInstruction instruction) {
            afterLineBreak = false;
            super.handleProcessingInstruction(instruction);
        }

        @Override
        public void handleText(IText text) {
            if (verbatim == 0 && indentation(text)) {
                if (!afterLineBreak) {
                    if (lineBreak == null) {
                        lineBreak = getContext().getModelFactory().createText("\n");
                    }
                    afterLineBreak = true;
                    super.handleText(lineBreak);
                }
            }
            else {
                if (text.length() > 0) {
                    afterLineBreak = false;
                }
                super.handleText(text);
            }
        }

        private static boolean keepsWhiteSpace(String element) {
            return element.equalsIgnoreCase("pre") || element.equalsIgnoreCase("textarea")
                    || element.equalsIgnoreCase("script") || element.equalsIgnoreCase("style");
        }

        /** White space alone, holding a line break. */
        static boolean indentation(CharSequence text) {
            int length = text.length();
            boolean lineBreak = false;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    lineBreak = true;
                }
                else if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
                    return false;
                }
            }
            return lineBreak;
        }

    }

}
