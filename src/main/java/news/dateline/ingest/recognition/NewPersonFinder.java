package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds people the gazetteer does not know from the way news copy names them:
 * <ul>
 * <li>a role or a courtesy title before a name of two to five capitalised words: "Deputy
 * Prime Minister Saleumxay Kommasith", "Mr Le Hoai Trung", "President Xi Jinping",
 * "Minister of Foreign Affairs Bui Thanh Son", with a post abroad ("Ambassador of Laos to
 * Azerbaijan Sengphet Houngboungnuang") and a courtesy title after a comma ("the Lao
 * Ambassador to Vietnam, Ms Khamphao Ernthavanh") and after "counterpart" ("his
 * Vietnamese counterpart Pham Minh Chinh");</li>
 * <li>a name followed by a comma and a role: "Uong Chu Luu, former Vice Chairman of
 * Vietnam's National Assembly".</li>
 * </ul>
 * The role's country comes from a country or demonym before it ("Lao Deputy Prime
 * Minister"), inside it ("Vice Chairman of Vietnam's National Assembly") or after the
 * name ("... of Laos"). Words already taken by known names are never part of a new name,
 * and a name made of organisation, place, month or role words is no name. Headlines in
 * title case (a line without a full stop, most words capitalised) are skipped: the end of
 * a name cannot be seen there.
 */
final class NewPersonFinder {

    /**
     * @param name as written in full
     * @param role read from the text, or null after a mere courtesy title
     * @param countryCode read from the text, or null
     * @param first first word of the name
     * @param end word after the name
     */
    record NewPerson(String name, String role, String countryCode, int first, int end) {
    }

    private static final int MAX_NAME_WORDS = 5;

    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile("[.!?][\"”’')]*$");

    private final TokenizedText words;

    private final KnownNames.Claims claims;

    private NewPersonFinder(TokenizedText words, KnownNames.Claims claims) {
        this.words = words;
        this.claims = claims;
    }

    static List<NewPerson> find(TokenizedText words, Sentences sentences, KnownNames.Claims claims) {
        NewPersonFinder finder = new NewPersonFinder(words, claims);
        List<NewPerson> found = new ArrayList<>();
        for (Span<String> sentence : sentences.spans()) {
            int first = words.indexAtOrAfter(sentence.start());
            int end = words.indexAtOrAfter(sentence.end());
            if (isHeadline(sentence.value(), words, first, end)) {
                continue;
            }
            finder.titledNames(first, end, found);
            finder.namesWithRoleAfter(first, end, found);
        }
        found.removeIf(person -> found.stream().anyMatch(other -> isSurnameOf(person.name(), other.name())));
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return found;
    }

    /**
     * Whether a name found after a role is only the end of another person's fuller name:
     * "Minister Al-Yahya" after "Foreign Minister Abdullah Al-Yahya".
     */
    private static boolean isSurnameOf(String name, String fuller) {
        String folded = TextFolder.fold(name);
        String other = TextFolder.fold(fuller);
        return other.length() > folded.length() && other.endsWith(folded)
                && other.charAt(other.length() - folded.length() - 1) == ' ';
    }

    /** "Deputy Prime Minister Saleumxay Kommasith", "Mr Le Hoai Trung". */
    private void titledNames(int from, int to, List<NewPerson> found) {
        // the role of the sentence's last titled person: a counterpart's ("Prime Minister
        // Sonexay Siphandone and his Vietnamese counterpart Pham Minh Chinh")
        String lastRole = null;
        int i = from;
        while (i < to) {
            String word = words.get(i).folded();
            if (claims.isTaken(i) || !(Lexicon.isRoleWord(word) || Lexicon.HONORIFICS.contains(word)
                    || isHisExcellency(i) || isCounterpart(i, to) || isHeadOf(i, to) || isChargeDAffaires(i, to))) {
                i++;
                continue;
            }
            Role role = readRole(i, to);
            if (role == null) {
                i++;
                continue;
            }
            int nameStart = role.end();
            while (nameStart < to && Lexicon.HONORIFICS.contains(words.get(nameStart).folded()) && role.head()) {
                nameStart++;
            }
            int nameEnd = opensNameAsSmallWordSurname(nameStart, to) ? nameEnd(nameStart + 1, to)
                    : nameEnd(nameStart, to);
            String roleText = role.head() ? role.text(words) : isCounterpart(role.start(), to) ? lastRole : null;
            if (role.head()) {
                lastRole = roleText;
            }
            if ((nameEnd - nameStart >= 2
                    || nameEnd - nameStart == 1 && (isRoyal(role) || isMononym(role, nameStart, to)))
                    && !isOrganisationAfter(nameEnd)) {
                String country = role.country() != null ? role.country() : countryOfAfter(nameEnd, to);
                boolean plural = isPlural(role);
                String eachRole = plural ? singular(roleText, role) : roleText;
                add(found, new NewPerson(nameText(nameStart, nameEnd), eachRole, country, nameStart, nameEnd));
                i = nameEnd;
                int second = plural ? secondOfPair(nameEnd, to) : -1;
                if (second >= 0) {
                    // "Energy ministers Alparslan Bayraktar and Parviz Shahbazov"
                    int secondEnd = nameEnd(second, to);
                    String secondCountry = role.country() != null ? role.country() : countryOfAfter(secondEnd, to);
                    add(found, new NewPerson(nameText(second, secondEnd), eachRole, secondCountry, second, secondEnd));
                    i = secondEnd;
                }
            }
            else {
                i = Math.max(i + 1, role.end());
            }
        }
    }

    /**
     * "Uong Chu Luu, former Vice Chairman of Vietnam's National Assembly", "Le Hoai
     * Trung, Vietnam's Foreign Minister".
     */
    private void namesWithRoleAfter(int from, int to, List<NewPerson> found) {
        for (int i = from; i < to; i++) {
            if (!startsName(i) || (i > from && !isSeparate(i - 1))) {
                continue;
            }
            int nameEnd = nameEnd(i, to);
            if (nameEnd - i < 2) {
                continue;
            }
            Apposed apposed = apposedRole(nameEnd, to, false);
            if (apposed != null) {
                add(found, new NewPerson(nameText(i, nameEnd), apposed.role(), apposed.country(), i, nameEnd));
                i = nameEnd;
            }
        }
    }

    /**
     * Adds a person unless their words were found already; a role found now completes a
     * name found after "Mr".
     */
    private static void add(List<NewPerson> found, NewPerson person) {
        if (Places.isPlace(person.name())) {
            return;
        }
        for (int k = 0; k < found.size(); k++) {
            NewPerson other = found.get(k);
            if (other.first() < person.end() && person.first() < other.end()) {
                if (other.role() == null && person.role() != null && other.first() == person.first()
                        && other.end() == person.end()) {
                    found.set(k,
                            new NewPerson(other.name(), person.role(),
                                    other.countryCode() != null ? other.countryCode() : person.countryCode(),
                                    other.first(), other.end()));
                }
                return;
            }
        }
        found.add(person);
    }

    /**
     * A role read from word {@code at} on.
     *
     * @param start first word of the role
     * @param end word after the role and its "of ..." complements
     * @param textEnd word after the part that is the role's text (without a final "of
     * Laos")
     * @param head whether it has a head word ("Minister"), rather than being a courtesy
     * title only
     * @param country the country it carries, or null
     */
    private record Role(int start, int end, int textEnd, boolean head, String country) {
        /**
         * The office as written, "PM" and "FM" as what they stand for, an ambassador's
         * "Extraordinary and Plenipotentiary" left out.
         */
        String text(TokenizedText words) {
            String text = EXTRAORDINARY_AND_PLENIPOTENTIARY.matcher(words.original(start, textEnd)).replaceFirst("");
            return text.contains("PM") || text.contains("FM")
                    ? FOREIGN_MINISTER.matcher(PRIME_MINISTER.matcher(text).replaceAll("Prime Minister"))
                        .replaceAll("Foreign Minister")
                    : text;
        }
    }

    private static final Pattern PRIME_MINISTER = Pattern.compile("\\bPM\\b");

    private static final Pattern EXTRAORDINARY_AND_PLENIPOTENTIARY = Pattern
        .compile("(?i) Extraordinary and Plenipotentiary\\b");

    private static final Pattern FOREIGN_MINISTER = Pattern.compile("\\bFM\\b");

    /**
     * A word in capitals of two letters or more (not a country's) with a name of two
     * words after it: the body an office is of.
     */
    private boolean isAcronymOfABody(int k, int to) {
        TokenizedText.Token word = words.get(k);
        return word.shape() == TokenizedText.Shape.UPPER && word.folded().length() >= 2
                && word.folded().chars().allMatch(Character::isLetter) && claims.countryAt(k) == null
                && !claims.isTaken(k) && isPlainSpace(k) && startsName(k + 1) && nameEnd(k + 1, to) - (k + 1) >= 2;
    }

    private Role readRole(int at, int to) {
        if (Lexicon.HONORIFICS.contains(words.get(at).folded()) && !Lexicon.isRoleWord(words.get(at).folded())
                || isHisExcellency(at)) {
            return new Role(at, at + 1, at + 1, false, null);
        }
        if (isCounterpart(at, to)) {
            // "his Vietnamese counterpart Pham Minh Chinh": the role of the person before
            // (titledNames), the country of the demonym before it
            return new Role(at, at + 1, at + 1, false, countryBefore(at));
        }
        int start = at;
        int end = at;
        boolean head = false;
        int headOf = -1;
        int afterInterim = -1;
        while (end < to
                && (Lexicon.isRoleWord(words.get(end).folded()) || isHeadOf(end, to) || isChargeDAffaires(end, to)
                        || end > start && isExtraordinaryAndPlenipotentiary(end, to))
                && !claims.isTaken(end) && (end == start || isPlainSpace(end - 1) || isHyphen(end - 1))) {
            if (end > start && isExtraordinaryAndPlenipotentiary(end, to)) {
                // "Ambassador Extraordinary and Plenipotentiary": the envoy's full title
                end += 3;
                continue;
            }
            if (isChargeDAffaires(end, to)) {
                // "Chargé d'Affaires", a diplomat heading an embassy in an ambassador's
                // stead: one office of three words, "a.i." (ad interim) after it
                head = true;
                end += 3;
                if (end + 1 < to && words.get(end).folded().equals("a") && words.gapAfter(end).equals(".")
                        && words.get(end + 1).folded().equals("i") && words.gapAfter(end + 1).startsWith(". ")) {
                    end += 2;
                    afterInterim = end; // not part of the office's name
                }
                continue;
            }
            // "Secretary-General" is one office
            head |= Lexicon.ROLE_HEADS.contains(words.get(end).folded());
            if (isHeadOf(end, to)) {
                head = true;
                headOf = end;
            }
            end++;
        }
        String country = countryBefore(start);
        if (!head) {
            // "Assistant to the President of ...": the office of one who serves another's
            Role served = end > start ? officeServed(end, to) : null;
            return served == null ? null : new Role(start, served.end(), served.textEnd(), true,
                    country != null ? country : served.country());
        }
        int textEnd = end == afterInterim ? end - 2 : end;
        while (end + 1 < to && words.get(end).folded().equals("to") && words.get(end).isLower() && !claims.isTaken(end)
                || end + 1 < to && (words.get(end).folded().equals("of") || words.get(end).folded().equals("for"))
                        && words.get(end).isLower()) {
            // "of" and, as Commonwealth and Burmese copy write it, "for": "Minister for
            // Foreign Affairs", "Union Minister for Commerce"
            int k = end + 1;
            if (words.get(end).folded().equals("to")) {
                // "Ambassador to Vietnam", "to the State of Qatar": where the office is
                // held, part of it
                if (words.get(k).folded().equals("the") && k + 1 < to) {
                    k++;
                }
                k = stateOf(k, to);
                if (claims.countryAt(k) == null) {
                    Role served = officeServed(end, to);
                    if (served != null) {
                        // "Adviser to the Prime Minister X"
                        return new Role(start, served.end(), served.textEnd(), true,
                                country != null ? country : served.country());
                    }
                    break;
                }
                end = textEnd = claims.claimEnd(k);
                continue;
            }
            if (words.get(k).folded().equals("the") && k + 1 < to) {
                k++;
            }
            boolean forPortfolio = words.get(end).folded().equals("for");
            int countryAt = forPortfolio ? k : stateOf(k, to);
            String ofCountry = forPortfolio ? null : claims.countryAt(countryAt);
            if (ofCountry != null) {
                int afterCountry = stateFormAfter(claims.claimEnd(countryAt), to);
                int organisationEnd = organisationAfterPossessive(afterCountry, to);
                if (organisationEnd == afterCountry && afterCountry > countryAt && isPlainSpace(afterCountry - 1)) {
                    // "General Secretary of the Communist Party of Vietnam Central
                    // Committee Nguyen Phu Trong": the country's body, named after it
                    organisationEnd = organisationEnd(afterCountry, to);
                }
                if (organisationEnd > afterCountry) {
                    end = textEnd = organisationEnd;
                }
                else {
                    end = afterCountry;
                }
                country = country != null ? country : ofCountry;
                continue;
            }
            int organisationEnd = organisationEnd(k, to);
            if (organisationEnd > k) {
                end = textEnd = bodyNameAfterOf(organisationEnd, to);
                continue;
            }
            if (isAcronymOfABody(k, to)) {
                // "Chairman of SOCAR Rovshan Najaf", "Secretary-General of ASEAN Kao Kim
                // Hourn": the body's letters, part of the office
                end = textEnd = k + 1;
                continue;
            }
            int portfolioEnd = k;
            while (portfolioEnd < to && Lexicon.PORTFOLIO_WORDS.contains(words.get(portfolioEnd).folded())
                    && (!words.get(portfolioEnd).isLower() || words.get(portfolioEnd).folded().equals("and")
                            && portfolioEnd + 1 < to && !words.get(portfolioEnd + 1).isLower())
                    && (isPlainSpace(portfolioEnd - 1) || portfolioEnd > k && !words.get(portfolioEnd).isLower()
                            && words.gapAfter(portfolioEnd - 1).equals(", "))) {
                // "Minister of Information, Culture and Tourism"
                portfolioEnd++;
                if (portfolioEnd + 1 < to && isApostrophe(words.gapAfter(portfolioEnd - 1))
                        && words.get(portfolioEnd).folded().equals("s") && isPlainSpace(portfolioEnd)) {
                    portfolioEnd++; // "Minister of Women's Affairs"
                }
            }
            int namedEnd = nameOfBodyBeforeComma(k, to);
            if (namedEnd > portfolioEnd) {
                // the name of what the office is of, set off by a comma: "the head of
                // the State Agency for Public Service and Social Innovations, Ulvi
                // Mehdiyev,"
                end = textEnd = namedEnd;
                continue;
            }
            if (portfolioEnd > k) {
                end = textEnd = portfolioEnd;
                continue;
            }
            int placeEnd = placeEnd(k, to);
            if (placeEnd > k) {
                // "Governor of Nong Khai Sompop Samitasiri": the place is part of the
                // role
                end = textEnd = placeEnd;
                continue;
            }
            break;
        }
        if (headOf >= 0 && end == headOf + 1) {
            // "head" is an office only with what it heads: "Head of the Presidential
            // Administration", not "head of state" nor "the head of a delegation"
            return null;
        }
        if (end + 1 < to && textEnd == end && words.get(end).folded().equals("and") && words.get(end).isLower()
                && isPlainSpace(end - 1) && isPlainSpace(end) && !words.get(end + 1).isLower()
                && Lexicon.isRoleWord(words.get(end + 1).folded())
                && (start == 0 || !Lexicon.DETERMINERS.contains(words.get(start - 1).folded()))) {
            // two offices of one person: "Deputy Prime Minister and Minister of Foreign
            // Affairs and International Cooperation of Cambodia Sok Chenda Sophea" (not
            // "the
            // Prime Minister and President X", two people)
            Role second = readRole(end + 1, to);
            if (second != null && second.head()) {
                return new Role(start, second.end(), second.textEnd(), true,
                        country != null ? country : second.country());
            }
        }
        if (end + 1 < to && isSpacedDash(end - 1) && !words.get(end).isLower()
                && (Lexicon.isRoleWord(words.get(end).folded()) || isHeadOf(end, to))) {
            // two offices of one person set off by a dash, as Azerbaijani copy writes
            // them: "Assistant to the President of the Republic of Azerbaijan – Head of
            // the Foreign Policy Affairs Department of the Presidential Administration X"
            Role second = readRole(end, to);
            if (second != null && second.head()) {
                return new Role(start, second.end(), second.textEnd(), true,
                        country != null ? country : second.country());
            }
        }
        return new Role(start, end, textEnd, true, country);
    }

    /**
     * The office "to" at {@code toIndex} says a role serves: "Assistant <b>to the
     * President</b>", "Adviser <b>to the Prime Minister</b>"; null when no office (with
     * its head) follows.
     */
    private Role officeServed(int toIndex, int to) {
        if (toIndex + 1 >= to || !words.get(toIndex).folded().equals("to") || !words.get(toIndex).isLower()
                || !isPlainSpace(toIndex - 1) || !isPlainSpace(toIndex)) {
            return null;
        }
        int k = toIndex + 1;
        if (words.get(k).folded().equals("the") && words.get(k).isLower() && k + 1 < to && isPlainSpace(k)) {
            k++;
        }
        if (words.get(k).isLower() || claims.isTaken(k) || !Lexicon.isRoleWord(words.get(k).folded())) {
            return null;
        }
        Role served = readRole(k, to);
        return served != null && served.head() ? served : null;
    }

    /** "Extraordinary and Plenipotentiary" after an ambassador's title. */
    private boolean isExtraordinaryAndPlenipotentiary(int index, int to) {
        return index + 2 < to && words.get(index).folded().equals("extraordinary") && isPlainSpace(index)
                && words.get(index + 1).folded().equals("and") && isPlainSpace(index + 1)
                && words.get(index + 2).folded().equals("plenipotentiary");
    }

    /** A dash with a space on each side after word {@code index}: " – ", " — ", " - ". */
    private boolean isSpacedDash(int index) {
        if (index < 0 || index + 1 >= words.size()) {
            return false;
        }
        String gap = words.gapAfter(index);
        return gap.equals(" – ") || gap.equals(" — ") || gap.equals(" - ");
    }

    /**
     * The end of a run of capitalised words from {@code start} (joined by "and", "of" or
     * "the") that a comma and a name of two words or more follow: the name of a body
     * after "of" or "for", which a name set off by commas follows; {@code start} when no
     * such run is there. Up to eight words.
     */
    private int nameOfBodyBeforeComma(int start, int to) {
        for (int k = start; k < to && k - start < 8 && !claims.isTaken(k); k++) {
            TokenizedText.Token word = words.get(k);
            boolean joiner = k > start && word.isLower()
                    && (word.folded().equals("and") || word.folded().equals("of") || word.folded().equals("the"));
            if (!word.isCapitalised() && !joiner) {
                return start;
            }
            if (words.gapAfter(k).equals(", ")) {
                return !joiner && k + 1 < to && startsName(k + 1) && nameEnd(k + 1, to) - (k + 1) >= 2 ? k + 1 : start;
            }
            if (!isPlainSpace(k)) {
                return start;
            }
        }
        return start;
    }

    /**
     * "Head of ...": the word "head" as an office, before what it heads (a word neither a
     * name's nor any other role's).
     */
    private boolean isHeadOf(int index, int to) {
        return index + 1 < to && words.get(index).folded().equals("head") && words.get(index + 1).folded().equals("of")
                && words.get(index + 1).isLower() && isPlainSpace(index);
    }

    /**
     * The end of a city or region of {@code ingest/places.txt} named from {@code start}
     * (the longest, up to three capitalised words), or {@code start} when none is.
     */
    private int placeEnd(int start, int to) {
        for (int end = Math.min(start + 3, to); end > start; end--) {
            boolean free = true;
            for (int w = start; w < end; w++) {
                free &= words.get(w).isCapitalised() && !claims.isTaken(w) && (w == start || isPlainSpace(w - 1));
            }
            if (free && Places.isPlace(words.original(start, end))) {
                return end;
            }
        }
        return start;
    }

    /**
     * A role the text gives a known person: the known name right after a role ("Foreign
     * Minister Jeyhun Bayramov", "Minister of Foreign Affairs Bui Thanh Son of Vietnam")
     * or before a comma and a role ("Jeyhun Bayramov, Azerbaijan's Foreign Minister,").
     */
    record KnownRole(Gazetteer.KnownPerson person, String role, String countryCode) {
    }

    /**
     * The roles the text gives the known people it names, read as for new people (the
     * same role grammar), in order.
     */
    static List<KnownRole> knownRoles(TokenizedText words, Sentences sentences, KnownNames.Claims claims,
            List<Span<KnownNames.Named>> names) {
        java.util.Map<Integer, Span<KnownNames.Named>> personAt = new java.util.HashMap<>();
        for (Span<KnownNames.Named> name : names) {
            if (name.value() instanceof KnownNames.Person) {
                personAt.putIfAbsent(name.start(), name);
            }
        }
        List<KnownRole> found = new ArrayList<>();
        if (personAt.isEmpty()) {
            return found;
        }
        NewPersonFinder finder = new NewPersonFinder(words, claims);
        for (Span<String> sentence : sentences.spans()) {
            int first = words.indexAtOrAfter(sentence.start());
            int end = words.indexAtOrAfter(sentence.end());
            if (!isHeadline(sentence.value(), words, first, end)) {
                finder.knownRoles(first, end, personAt, found);
            }
        }
        return found;
    }

    private void knownRoles(int from, int to, java.util.Map<Integer, Span<KnownNames.Named>> personAt,
            List<KnownRole> found) {
        int i = from;
        while (i < to) {
            Span<KnownNames.Named> named = personAt.get(i);
            if (named != null) {
                appositionOf(named, to, found);
                i = named.end();
                continue;
            }
            if (claims.isTaken(i) || !Lexicon.isRoleWord(words.get(i).folded())) {
                i++;
                continue;
            }
            Role role = readRole(i, to);
            if (role == null) {
                i++;
                continue;
            }
            int nameStart = role.end();
            while (nameStart < to && Lexicon.HONORIFICS.contains(words.get(nameStart).folded())
                    && (isPlainSpace(nameStart - 1) || nameStart == role.end() && isComma(nameStart - 1))) {
                nameStart++; // "the Lao Ambassador to Vietnam, Ms Khamphao Ernthavanh"
            }
            Span<KnownNames.Named> person = personAt.get(nameStart);
            if (person != null && isPlainSpace(nameStart - 1)) {
                String country = role.country() != null ? role.country() : countryOfAfter(person.end(), to);
                found.add(new KnownRole(((KnownNames.Person) person.value()).person(), role.text(words), country));
            }
            i = Math.max(i + 1, role.end());
        }
    }

    /**
     * "Jeyhun Bayramov, Azerbaijan's Foreign Minister," "Le Hoai Trung, the ambassador".
     */
    private void appositionOf(Span<KnownNames.Named> named, int to, List<KnownRole> found) {
        Apposed apposed = apposedRole(named.end(), to, true);
        if (apposed != null) {
            found.add(new KnownRole(((KnownNames.Person) named.value()).person(), apposed.role(), apposed.country()));
        }
    }

    /** A role set off after a name by a comma, with the country it names, if any. */
    private record Apposed(String role, String country) {
    }

    /**
     * The role after a name ending at {@code nameEnd}, when a comma follows the name: ",
     * the Vietnamese ambassador", ", Azerbaijan's Foreign Minister". With
     * {@code roleWordFirst} the role must start with a role word no other claim took (a
     * known person's apposition).
     */
    private Apposed apposedRole(int nameEnd, int to, boolean roleWordFirst) {
        if (nameEnd >= to || !words.gapAfter(nameEnd - 1).trim().equals(",")) {
            return null;
        }
        int roleStart = nameEnd;
        boolean possessive = false;
        while (roleStart < to && List.of("the", "a", "an", "his", "her").contains(words.get(roleStart).folded())) {
            possessive |= List.of("his", "her").contains(words.get(roleStart).folded());
            roleStart++;
        }
        // "Dang Minh Khoi, the newly appointed Ambassador of Vietnam": how new the role
        // is
        // is no part of it
        while (roleStart < to && words.get(roleStart).isLower()
                && List.of("newly", "appointed", "new", "incoming").contains(words.get(roleStart).folded())) {
            roleStart++;
        }
        String country = null;
        int roleHead = roleStart;
        if (roleHead < to && claims.countryAt(roleHead) != null) {
            country = claims.countryAt(roleHead);
            roleHead = claims.claimEnd(roleHead);
            if (roleHead < to && words.get(roleHead).folded().equals("s")
                    && isApostrophe(words.gapAfter(roleHead - 1))) {
                roleHead++;
            }
        }
        if (roleHead >= to) {
            return null;
        }
        if (possessive) {
            // "Saleumxay Kommasith, his Lao counterpart,": the other's office, which the
            // sentence gave before
            return words.get(roleHead).folded().equals("counterpart") && !claims.isTaken(roleHead) && roleHead + 1 < to
                    && words.gapAfter(roleHead).trim().equals(",") ? new Apposed(null, country) : null;
        }
        int portfolio = roleHead;
        while (portfolio < to && words.get(portfolio).isLower() && portfolio - roleHead < 4
                && Lexicon.PORTFOLIO_WORDS.contains(words.get(portfolio).folded()) && isPlainSpace(portfolio)
                && !Lexicon.isRoleWord(words.get(portfolio).folded())) {
            portfolio++;
        }
        if (portfolio > roleHead && portfolio < to && Lexicon.ROLE_HEADS.contains(words.get(portfolio).folded())
                && !claims.isTaken(portfolio)) {
            // "Vilayvong Bouddakham, the Lao transport minister": the portfolio before
            // the office, in lower case
            Role role = readRole(portfolio, to);
            if (role != null && role.head() && role.start() == portfolio) {
                return new Apposed(words.original(roleHead, role.textEnd()),
                        country != null ? country : role.country());
            }
        }
        if (roleWordFirst && (claims.isTaken(roleHead) || !Lexicon.isRoleWord(words.get(roleHead).folded()))) {
            return null;
        }
        Role role = readRole(roleHead, to);
        if (role == null || !role.head() || role.start() != roleHead) {
            String profession = roleWordFirst || roleStart == nameEnd || country != null ? null
                    : professionAt(roleStart, to);
            return profession == null ? null : new Apposed(profession, null);
        }
        return new Apposed(role.text(words), country != null ? country : role.country());
    }

    /**
     * A profession after "a", "an" or "the" with where it is practised: "an analyst at
     * the Lowy Institute", "a senior fellow of the Institute of Southeast Asian Studies",
     * "a professor at Hanoi University"; up to two words in lower case before the
     * profession ("a senior political analyst"), then "at", "of", "for" or "with" and a
     * capitalised name. Null when the words are not so.
     */
    private String professionAt(int start, int to) {
        int k = start;
        while (k < to && k - start < 2 && words.get(k).isLower() && isPlainSpace(k)
                && !Lexicon.PROFESSIONS.contains(words.get(k).folded())) {
            k++;
        }
        if (k + 2 >= to || !words.get(k).isLower() || !Lexicon.PROFESSIONS.contains(words.get(k).folded())
                || !isPlainSpace(k) || !List.of("at", "of", "for", "with").contains(words.get(k + 1).folded())
                || !isPlainSpace(k + 1)) {
            return null;
        }
        int place = k + 2;
        if (words.get(place).folded().equals("the") && words.get(place).isLower() && place + 1 < to
                && isPlainSpace(place)) {
            place++;
        }
        int end = place;
        while (end < to && end - place < 8
                && (words.get(end).isCapitalised() || end > place && words.get(end).isLower()
                        && List.of("of", "and", "for").contains(words.get(end).folded()) && end + 1 < to
                        && words.get(end + 1).isCapitalised())
                && (end == place || isPlainSpace(end - 1))) {
            end++;
        }
        return end > place && words.get(end - 1).isCapitalised() ? words.original(start, end) : null;
    }

    // --- helpers
    // -------------------------------------------------------------------------------------

    /**
     * A country or demonym right before a role: "Lao Deputy Prime Minister", "Vietnam's
     * Prime Minister".
     */
    private String countryBefore(int roleStart) {
        int previous = roleStart - 1;
        if (!isPlainSpace(previous)) {
            return null;
        }
        if (words.get(previous).folded().equals("s") && previous > 0 && isApostrophe(words.gapAfter(previous - 1))) {
            previous--;
        }
        return claims.countryAt(previous);
    }

    /** "... Saleumxay Kommasith of Laos". */
    private String countryOfAfter(int nameEnd, int to) {
        if (nameEnd + 1 < to && words.get(nameEnd).folded().equals("of")) {
            int k = nameEnd + 1;
            if (words.get(k).folded().equals("the") && k + 1 < to) {
                k++;
            }
            return claims.countryAt(k);
        }
        return null;
    }

    /**
     * A capitalised run ending in an organisation word: "the Central Committee", "Heydar
     * Aliyev Foundation".
     */
    private int organisationEnd(int start, int to) {
        int lastOrganisationWord = -1;
        for (int k = start; k < to && words.get(k).isCapitalised(); k++) {
            if (Lexicon.ORGANISATION_WORDS.contains(words.get(k).folded())) {
                lastOrganisationWord = k;
            }
            if (k > start && k + 2 < to && isApostrophe(words.gapAfter(k)) && words.get(k + 1).folded().equals("s")
                    && isPlainSpace(k + 1) && words.get(k + 2).isCapitalised()) {
                // "the HCMC People's Committee": a possessive inside the body's name
                k++;
                continue;
            }
            if (!isPlainSpace(k)) {
                break;
            }
        }
        return lastOrganisationWord + 1 > start ? lastOrganisationWord + 1 : start;
    }

    /**
     * The end of what an organisation is "of", written out before a name with no comma:
     * "Secretary-General of the Association <b>of Southeast Asian Nations</b> Kao Kim
     * Hourn", "Secretary General of the Organisation <b>of Islamic Cooperation</b>
     * Hissein Brahim Taha". Up to six capitalised words, the last of them one that ends
     * such names ({@link Lexicon#BODY_NAME_ENDS}), a name of two words or more right
     * after; {@code organisationEnd} otherwise.
     */
    private int bodyNameAfterOf(int organisationEnd, int to) {
        if (organisationEnd + 1 >= to || !words.get(organisationEnd).folded().equals("of")
                || !words.get(organisationEnd).isLower() || !isPlainSpace(organisationEnd - 1)
                || !isPlainSpace(organisationEnd)) {
            return organisationEnd;
        }
        int k = organisationEnd + 1;
        if (words.get(k).folded().equals("the") && words.get(k).isLower() && isPlainSpace(k)) {
            k++;
        }
        int last = -1;
        for (int w = k; w < to && w - k < 6 && words.get(w).isCapitalised() && !claims.isTaken(w); w++) {
            if (Lexicon.BODY_NAME_ENDS.contains(words.get(w).folded())) {
                last = w;
            }
            if (!isPlainSpace(w)) {
                break;
            }
        }
        return last >= 0 && last + 1 < to && isPlainSpace(last) && startsName(last + 1)
                && nameEnd(last + 1, to) - (last + 1) >= 2 ? last + 1 : organisationEnd;
    }

    /**
     * "Chargé d'Affaires" (or "d'affaires"): the capitalised word "Chargé" (or "Charge")
     * with "d'affaires" after it.
     */
    private boolean isChargeDAffaires(int index, int to) {
        return index + 2 < to && words.get(index).folded().equals("charge") && words.get(index).isCapitalised()
                && isPlainSpace(index) && words.get(index + 1).folded().equals("d")
                && isApostrophe(words.gapAfter(index + 1)) && words.get(index + 2).folded().equals("affaires");
    }

    /**
     * Where the country is named in what an office is "of" from word {@code k}: at
     * {@code k}, or after a state's form ("the Republic of Uzbekistan", "the Kingdom of
     * Thailand") when the gazetteer has only the short name.
     */
    private int stateOf(int k, int to) {
        if (claims.countryAt(k) != null) {
            return k;
        }
        // "the Socialist Republic of Viet Nam", "the People's Democratic Republic of ..."
        for (int form = k; form < Math.min(to, k + 4) && words.get(form).isCapitalised()
                && !claims.isTaken(form); form++) {
            if (Lexicon.STATE_FORMS.contains(words.get(form).folded())) {
                return form + 2 < to && isPlainSpace(form) && words.get(form + 1).folded().equals("of")
                        && words.get(form + 1).isLower() && isPlainSpace(form + 1) && claims.countryAt(form + 2) != null
                                ? form + 2 : k;
            }
            boolean possessive = form + 1 < to && isApostrophe(words.gapAfter(form))
                    && words.get(form + 1).folded().equals("s") && isPlainSpace(form + 1);
            if (possessive) {
                form++;
            }
            else if (!isPlainSpace(form)) {
                return k;
            }
        }
        return k;
    }

    /** After a country's name, past a state's form: "the Kyrgyz <b>Republic</b>". */
    private int stateFormAfter(int afterCountry, int to) {
        return afterCountry < to && afterCountry > 0 && Lexicon.STATE_FORMS.contains(words.get(afterCountry).folded())
                && words.get(afterCountry).isCapitalised() && !claims.isTaken(afterCountry)
                && isPlainSpace(afterCountry - 1) ? afterCountry + 1 : afterCountry;
    }

    /** "Vietnam's National Assembly": a country's possessive and an organisation. */
    private int organisationAfterPossessive(int afterCountry, int to) {
        if (afterCountry < to && words.get(afterCountry).folded().equals("s")
                && isApostrophe(words.gapAfter(afterCountry - 1))) {
            int end = organisationEnd(afterCountry + 1, to);
            return end > afterCountry + 1 ? end : afterCountry;
        }
        return afterCountry;
    }

    /**
     * The end of a run of name words from {@code start}, up to five, stopping after
     * punctuation.
     */
    private int nameEnd(int start, int to) {
        int end = start;
        int joiners = 0; // "bin", "oglu", "da": not counted among a name's words
        while (end < to && end - start - joiners < MAX_NAME_WORDS
                && (startsName(end) || end > start && isHyphen(end - 1) && isLowerNamePart(end)
                        || end > start && isPlainSpace(end - 1) && isNameArticle(end, to)
                        || end > start && isPlainSpace(end - 1) && isRoyalWordOfName(end, to))) {
            end++;
            if (end - start >= 2 && isLowerWordOfName(end, to, Lexicon.PATRONYMIC_MARKERS)
                    || isLowerWordOfName(end, to, Lexicon.NAME_JOINERS)) {
                // "Shovgi Kamal oglu Mehdizade": the father's name, the marker, the
                // surname; "Mohammed bin Salman", "Faisal bin Thani bin Faisal Al-Thani"
                end++;
                joiners++;
                continue;
            }
            if (isLowerWordOfName(end, to, Lexicon.NAME_PARTICLES)) {
                // "Lula da Silva"
                end++;
                joiners++;
                continue;
            }
            if (end + 1 < to && isPlainSpace(end - 1) && words.get(end).isLower()
                    && Lexicon.NAME_PARTICLES.contains(words.get(end).folded())
                    && isLowerWordOfName(end + 1, to, Lexicon.NAME_PARTICLES)) {
                // "Ursula von der Leyen"
                end += 2;
                joiners += 2;
                continue;
            }
            boolean initial = words.get(end - 1).folded().length() == 1 && words.gapAfter(end - 1).equals(". ")
                    && end < to && startsName(end);
            // "O'Brien", "D'Souza": a letter and an apostrophe open a surname
            boolean elided = words.get(end - 1).folded().length() == 1 && isApostrophe(words.gapAfter(end - 1))
                    && end < to && words.get(end).isCapitalised() && words.get(end - 1).isCapitalised();
            if (!isPlainSpace(end - 1) && !isHyphen(end - 1) && !initial && !elided) {
                break;
            }
        }
        if (end > start && end < to && Set.of("jr", "sr").contains(words.get(end).folded()) && isPlainSpace(end - 1)) {
            end++;
        }
        return end;
    }

    /**
     * A royal title's word between two words of a name, which is part of it: "Tiong King
     * Sing" (a Malaysian minister), not King Sing.
     */
    private boolean isRoyalWordOfName(int index, int to) {
        return index + 1 < to && Lexicon.ROYAL_HEADS.contains(words.get(index).folded())
                && words.get(index).isCapitalised() && !claims.isTaken(index) && isPlainSpace(index)
                && startsName(index + 1);
    }

    /**
     * A role of a monarch's family ("Queen Mother", "King"), after which one name is
     * enough.
     */
    /**
     * One name after a country's office, before a verb: "Indonesian Foreign Minister
     * Sugiono said", as many Indonesians and Burmese are named. A surname alone after an
     * office is the usual second mention, which the first has already claimed.
     */
    private boolean isMononym(Role role, int name, int to) {
        if (!role.head() || role.country() == null || name + 1 >= to) {
            return false;
        }
        String word = words.get(name).folded();
        return word.length() >= 4 && !Lexicon.MONTHS.contains(word) && isPlainSpace(name)
                && words.get(name + 1).isLower() && !Lexicon.NAME_PARTICLES.contains(words.get(name + 1).folded());
    }

    private boolean isRoyal(Role role) {
        if (!role.head()) {
            return false;
        }
        for (int w = role.start(); w < role.textEnd(); w++) {
            if (Lexicon.ROYAL_HEADS.contains(words.get(w).folded()) && !words.get(w).isLower()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "counterpart" before a name, or before a name set off by commas: "his Azerbaijani
     * counterpart, Jeyhun Bayramov, on Tuesday".
     */
    private boolean isCounterpart(int index, int to) {
        if (isCounterpart(index)) {
            return true;
        }
        String word = words.get(index).folded();
        if (!(word.equals("counterpart") && words.get(index).isLower() && words.gapAfter(index).equals(", ")
                && index + 1 < to && startsName(index + 1))) {
            return false;
        }
        int nameEnd = nameEnd(index + 1, to);
        return nameEnd - (index + 1) >= 2 && (nameEnd == to || words.gapAfter(nameEnd - 1).startsWith(",")
                || words.gapAfter(nameEnd - 1).startsWith("."));
    }

    /**
     * "counterpart" in lower case, followed by a plain space: "his Lao counterpart X",
     * "their Philippine counterparts X and Y".
     */
    private boolean isCounterpart(int index) {
        String word = words.get(index).folded();
        return (word.equals("counterpart") || word.equals("counterparts")) && words.get(index).isLower()
                && isPlainSpace(index);
    }

    /** A role of two people: "Energy ministers", "their counterparts". */
    private boolean isPlural(Role role) {
        String last = words.get(role.textEnd() - 1).folded();
        return role.textEnd() == role.end() && (last.equals("counterparts") || last.length() > 3 && last.endsWith("s")
                && Lexicon.ROLE_HEADS.contains(last.substring(0, last.length() - 1)));
    }

    /**
     * What each of two people is: "Energy minister" of "Energy ministers"; nothing for
     * "counterparts", whose roles the copy does not give one by one.
     */
    private String singular(String roleText, Role role) {
        if (roleText == null || !role.head()) {
            return null;
        }
        return roleText.substring(0, roleText.length() - 1);
    }

    /**
     * The first word of a second name after "and" right after a name of two words or
     * more, or -1: "ministers A B <b>and</b> C D".
     */
    private int secondOfPair(int nameEnd, int to) {
        int second = nameEnd + 1;
        if (second >= to || !words.get(nameEnd).folded().equals("and") || !words.get(nameEnd).isLower()
                || !isPlainSpace(nameEnd - 1) || !isPlainSpace(nameEnd) || !startsName(second)) {
            return -1;
        }
        int secondEnd = nameEnd(second, to);
        return secondEnd - second >= 2 && !isOrganisationAfter(secondEnd) ? second : -1;
    }

    /**
     * The name without its patronymic, as it is usually written: "Ilham Aliyev" for
     * "Ilham Heydar oglu Aliyev"; any other name as it is.
     */
    static String withoutPatronymic(String name) {
        List<String> parts = List.of(name.split(" "));
        for (int i = 2; i < parts.size() - 1; i++) {
            if (Lexicon.PATRONYMIC_MARKERS.contains(TextFolder.fold(parts.get(i)))) {
                List<String> kept = new ArrayList<>(parts.subList(0, i - 1));
                kept.addAll(parts.subList(i + 1, parts.size()));
                return String.join(" ", kept);
            }
        }
        return name;
    }

    /**
     * "oglu" in "Anar Lachin oglu Imanov", "bin" in "Mohammed bin Salman": one of these
     * words in lower case between two name words, written with plain spaces.
     */
    private boolean isLowerWordOfName(int index, int to, Set<String> these) {
        return index + 1 < to && isPlainSpace(index - 1) && isPlainSpace(index) && words.get(index).isLower()
                && these.contains(words.get(index).folded()) && !claims.isTaken(index) && startsName(index + 1);
    }

    /**
     * "al" of "Ahmed al-Sharaa", "el" of "Abdel Fattah el-Sisi": an article joined to a
     * name.
     */
    private boolean isNameArticle(int index, int to) {
        return index + 1 < to && words.get(index).isLower() && Lexicon.NAME_ARTICLES.contains(words.get(index).folded())
                && isHyphen(index) && !claims.isTaken(index) && startsName(index + 1);
    }

    /**
     * "un" of "Kim Jong-un", "keun" of "Lee Jang-keun", "myung" of "Lee Jae-myung", "o"
     * and "cha" of "Prayut Chan-o-cha"; not the end of a compound ("a Hanoi-based envoy",
     * "a Tokayev-led delegation").
     */
    private boolean isLowerNamePart(int index) {
        String word = words.get(index).folded();
        return words.get(index).isLower() && word.length() <= 6 && word.chars().allMatch(Character::isLetter)
                && !Lexicon.COMPOUND_ENDS.contains(word) && !claims.isTaken(index);
    }

    /** The name as written, with the full stop of a final "Jr." kept. */
    private String nameText(int start, int end) {
        String name = words.original(start, end);
        if (Set.of("jr", "sr").contains(words.get(end - 1).folded()) && words.gapAfter(end - 1).startsWith(".")) {
            name += ".";
        }
        return name;
    }

    /**
     * A word that can be part of a name: capitalised, letters only, not taken, not a
     * common word.
     */
    private boolean startsName(int index) {
        TokenizedText.Token word = words.get(index);
        return word.isCapitalised() && !claims.isTaken(index) && word.folded().chars().allMatch(Character::isLetter)
                && !isLetterOfAnAbbreviation(index)
                && (!Lexicon.cannotBeInName(word.folded()) || opensNameAsSurname(index));
    }

    /**
     * "Park" of "Vice Foreign Minister Park Yoon-joo" or "Park Jin": a surname that is
     * also the last word of places ("Central Park") opens a name when no name word stands
     * before it and a name word follows.
     */
    private boolean opensNameAsSurname(int index) {
        return Lexicon.SURNAMES_AMONG_PLACE_WORDS.contains(words.get(index).folded())
                && (index == 0 || !isPlainSpace(index - 1) || !words.get(index - 1).isCapitalised()
                        || Lexicon.cannotBeInName(words.get(index - 1).folded()))
                && isPlainSpace(index) && words.get(index + 1).isCapitalised()
                && words.get(index + 1).folded().chars().allMatch(Character::isLetter)
                && !Lexicon.cannotBeInName(words.get(index + 1).folded());
    }

    /**
     * "To" of "Deputy Minister of Foreign Affairs To Anh Dung", "He" of "Ambassador He
     * Wei": a surname that is also a small English word, capitalised right after an
     * office, with the given names after it (two or more words for a Vietnamese name, one
     * for a Chinese).
     */
    private boolean opensNameAsSmallWordSurname(int index, int to) {
        if (index <= 0 || index + 1 >= to || !words.get(index).isCapitalised() || claims.isTaken(index)
                || !isPlainSpace(index - 1) || !isPlainSpace(index) || !startsName(index + 1)) {
            return false;
        }
        String word = words.get(index).folded();
        int after = nameEnd(index + 1, to) - (index + 1);
        return Lexicon.VIETNAMESE_SURNAMES_AMONG_SENTENCE_WORDS.contains(word) && after >= 2
                || Lexicon.CHINESE_SURNAMES_AMONG_SENTENCE_WORDS.contains(word) && after == 1;
    }

    /**
     * The second letter or more of "H.E.", "U.S.": a letter right after another and its
     * full stop, no space between; no initial of a name.
     */
    private boolean isLetterOfAnAbbreviation(int index) {
        return index > 0 && words.get(index).folded().length() == 1 && words.get(index - 1).folded().length() == 1
                && words.gapAfter(index - 1).equals(".");
    }

    /** "H.E.", His or Her Excellency, before a name: a courtesy title. */
    private boolean isHisExcellency(int index) {
        return index > 0 && index + 1 < words.size() && words.get(index).folded().equals("e")
                && words.get(index - 1).folded().equals("h") && words.gapAfter(index - 1).equals(".")
                && words.gapAfter(index).equals(". ") && words.get(index).isCapitalised();
    }

    private boolean isOrganisationAfter(int nameEnd) {
        return nameEnd < words.size() && isPlainSpace(nameEnd - 1)
                && (Lexicon.ORGANISATION_WORDS.contains(words.get(nameEnd).folded())
                        || Lexicon.NAME_SUFFIXES_OF_PLACES_AND_BODIES.contains(words.get(nameEnd).folded()));
    }

    /**
     * Whether the word before a name is separate from it (not a capitalised word of the
     * same name).
     */
    private boolean isSeparate(int before) {
        return before < 0 || !isPlainSpace(before) || !startsName(before) || claims.isTaken(before);
    }

    private boolean isPlainSpace(int index) {
        if (index < 0 || index + 1 >= words.size()) {
            return false;
        }
        String gap = words.gapAfter(index);
        return gap.equals(" ") || gap.equals(". ") && Lexicon.HONORIFICS.contains(words.get(index).folded());
    }

    private boolean isComma(int index) {
        return index >= 0 && index + 1 < words.size() && words.gapAfter(index).equals(", ");
    }

    private boolean isHyphen(int index) {
        return index >= 0 && index + 1 < words.size() && words.gapAfter(index).equals("-");
    }

    private static boolean isApostrophe(String gap) {
        return gap.equals("'") || gap.equals("’");
    }

    /** A headline: a line with no full stop whose longer words are mostly capitalised. */
    private static boolean isHeadline(String sentence, TokenizedText words, int from, int to) {
        if (ENDS_LIKE_A_SENTENCE.matcher(sentence).find()) {
            return false;
        }
        int longWords = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (words.get(i).folded().length() >= 4) {
                longWords++;
                if (words.get(i).isCapitalised()) {
                    capitalised++;
                }
            }
        }
        return longWords >= 3 && capitalised * 10 >= longWords * 6;
    }

}
