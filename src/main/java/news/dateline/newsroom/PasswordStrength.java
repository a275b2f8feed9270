package news.dateline.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * How hard a new password is to guess, estimated by nbvcxz (zxcvbn's method: common
 * passwords, dictionary words, keyboard walks, repeats, sequences, dates, and the
 * account's own names). A password must reach {@link #MINIMUM_ENTROPY} bits; the message
 * says why one does not.
 */
final class PasswordStrength {

    /** nbvcxz's own default: about 34 billion guesses. */
    static final double MINIMUM_ENTROPY = 35;

    private PasswordStrength() {
    }

    /**
     * Why {@code password} is too easy to guess for the account named {@code username}
     * (shown as {@code displayName}); null when it is strong enough.
     */
    static String weakness(String password, String username, String displayName) {
        if (password.isBlank()) {
            return "A password cannot be only spaces.";
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("account").setExclusion(true);
        for (String name : new String[] { username, displayName }) {
            if (name != null && !name.isBlank()) {
                String folded = name.strip().toLowerCase(Locale.ROOT);
                own.addWord(folded, 0);
                for (String part : folded.split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() >= 3) {
                        own.addWord(part, 0);
                    }
                }
            }
        }
        dictionaries.add(own.createDictionary());
        Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries)
            .setMinimumEntropy(MINIMUM_ENTROPY)
            .setLocale(Locale.ENGLISH)
            .createConfiguration();
        Result result = new Nbvcxz(configuration).estimate(password);
        if (result.isMinimumEntropyMet()) {
            return null;
        }
        StringBuilder message = new StringBuilder("This password is too easy to guess.");
        String warning = result.getFeedback().getWarning();
        boolean ownName = result.getMatches()
            .stream()
            .anyMatch(match -> match instanceof DictionaryMatch word && "account".equals(word.getDictionaryName()));
        if (ownName) {
            message.append(" It contains the account's name.");
        }
        else if (warning != null && !warning.isBlank()) {
            message.append(' ').append(warning);
        }
        message.append(" Use a few uncommon words, or a phrase only you would think of, not your name.");
        return message.toString();
    }

}
