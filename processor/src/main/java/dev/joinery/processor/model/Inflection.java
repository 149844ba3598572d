package dev.joinery.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English plurals and singulars exactly as Sequelize 6 makes them, so that a record named as a
 * Sequelize model gets the table Sequelize would create ({@code Person} → {@code People},
 * {@code Datum} → {@code Data}, {@code Sheep} → {@code Sheep}).
 *
 * <p>A port of the rule tables of the npm package {@code inflection} 1.13.4 (MIT, Ben Lin;
 * {@code lib/inflection.js}: {@code uncountable_words}, {@code regex}, {@code plural_rules},
 * {@code singular_rules}), the version Sequelize 6.37 depends on ({@code ^1.13.4}), which its
 * {@code Utils.pluralize}/{@code singularize} call. The rules are kept in the library's order and
 * applied as it applies them: the whole word (lower-cased) in the uncountable list is left alone;
 * otherwise the first rule whose pattern matches decides, and a rule without a replacement means
 * "already in the wanted form". Patterns are case-insensitive and the replacement keeps the
 * matched prefix, so the word's case survives ({@code UserProfile} → {@code UserProfiles}), with
 * the library's quirks kept on purpose ({@code Foot} → {@code feet}). Rules apply to the whole
 * word as Sequelize applies them to the whole model name: {@code UserSheep} → {@code UserSheeps}.
 *
 * <p>Tested against pairs written by Sequelize itself
 * ({@code processor/src/test/inflection/generate-pairs.js}).
 */
public final class Inflection {
  private Inflection() {}

  /** {@code uncountable_words}: the same word in both numbers. Lower case. */
  private static final Set<String> UNCOUNTABLE = Set.of(
      "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air",
      "aircraft", "alcohol", "anger", "applause", "arithmetic", "assistance", "athletics",
      "bacon", "baggage", "beef", "biology", "blood", "botany", "bread", "butter",
      "carbon", "cardboard", "cash", "chalk", "chaos", "chess", "crossroads", "countryside",
      "dancing", "deer", "dignity", "dirt", "dust",
      "economics", "education", "electricity", "engineering", "enjoyment", "envy", "equipment",
      "ethics", "evidence", "evolution",
      "fame", "fiction", "flour", "flu", "food", "fuel", "fun", "furniture",
      "gallows", "garbage", "garlic", "genetics", "gold", "golf", "gossip", "gratitude", "grief",
      "guilt", "gymnastics",
      "happiness", "hardware", "harm", "hate", "hatred", "health", "heat", "help", "homework",
      "honesty", "honey", "hospitality", "housework", "humour", "hunger", "hydrogen",
      "ice", "importance", "inflation", "information", "innocence", "iron", "irony",
      "jam", "jewelry", "judo",
      "karate", "knowledge",
      "lack", "laughter", "lava", "leather", "leisure", "lightning", "linguine", "linguini",
      "linguistics", "literature", "litter", "livestock", "logic", "loneliness", "luck",
      "luggage",
      "macaroni", "machinery", "magic", "management", "mankind", "marble", "mathematics",
      "mayonnaise", "measles", "methane", "milk", "minus", "money", "mud", "music", "mumps",
      "nature", "news", "nitrogen", "nonsense", "nurture", "nutrition",
      "obedience", "obesity", "oxygen",
      "pasta", "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology",
      "publicity", "punctuation",
      "quartz",
      "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice",
      "rubbish", "rum",
      "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping", "sleep",
      "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species", "steam",
      "stuff", "stupidity", "sunshine", "symmetry",
      "tennis", "thirst", "thunder", "timber", "traffic", "transportation", "trust",
      "underwear", "unemployment", "unity",
      "validity", "veal", "vegetation", "vegetarianism", "vengeance", "violence", "vitality",
      "warmth", "wealth", "weather", "welfare", "wheat", "wildlife", "wisdom",
      "yoga",
      "zinc", "zoology");

  // regex.plural
  private static final Pattern P_MEN = p("^(m|wom)en$");
  private static final Pattern P_PEOPLE = p("(pe)ople$");
  private static final Pattern P_CHILDREN = p("(child)ren$");
  private static final Pattern P_TIA = p("([ti])a$");
  private static final Pattern P_ANALYSES =
      p("((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$");
  private static final Pattern P_DATABASES = p("(database)s$");
  private static final Pattern P_DRIVES = p("(drive)s$");
  private static final Pattern P_HIVES = p("(hi|ti)ves$");
  private static final Pattern P_CURVES = p("(curve)s$");
  private static final Pattern P_LRVES = p("([lr])ves$");
  private static final Pattern P_AVES = p("([a])ves$");
  private static final Pattern P_FOVES = p("([^fo])ves$");
  private static final Pattern P_MOVIES = p("(m)ovies$");
  private static final Pattern P_AEIOUYIES = p("([^aeiouy]|qu)ies$");
  private static final Pattern P_SERIES = p("(s)eries$");
  private static final Pattern P_XES = p("(x|ch|ss|sh)es$");
  private static final Pattern P_MICE = p("([m|l])ice$");
  private static final Pattern P_BUSES = p("(bus)es$");
  private static final Pattern P_OES = p("(o)es$");
  private static final Pattern P_SHOES = p("(shoe)s$");
  private static final Pattern P_CRISES = p("(cris|ax|test)es$");
  private static final Pattern P_OCTOPUSES = p("(octop|vir)uses$");
  private static final Pattern P_ALIASES = p("(alias|canvas|status|campus)es$");
  private static final Pattern P_SUMMONSES = p("^(summons|bonus)es$");
  private static final Pattern P_OXEN = p("^(ox)en");
  private static final Pattern P_MATRICES = p("(matr)ices$");
  private static final Pattern P_VERTICES = p("(vert|ind)ices$");
  private static final Pattern P_FEET = p("^feet$");
  private static final Pattern P_TEETH = p("^teeth$");
  private static final Pattern P_GEESE = p("^geese$");
  private static final Pattern P_QUIZZES = p("(quiz)zes$");
  private static final Pattern P_WHEREASES = p("^(whereas)es$");
  private static final Pattern P_CRITERIA = p("^(criteri)a$");
  private static final Pattern P_GENERA = p("^genera$");
  private static final Pattern P_SS = p("ss$");
  private static final Pattern P_S = p("s$");

  // regex.singular
  private static final Pattern S_MAN = p("^(m|wom)an$");
  private static final Pattern S_PERSON = p("(pe)rson$");
  private static final Pattern S_CHILD = p("(child)$");
  private static final Pattern S_DRIVE = p("(drive)$");
  private static final Pattern S_OX = p("^(ox)$");
  private static final Pattern S_AXIS = p("(ax|test)is$");
  private static final Pattern S_OCTOPUS = p("(octop|vir)us$");
  private static final Pattern S_ALIAS = p("(alias|status|canvas|campus)$");
  private static final Pattern S_SUMMONS = p("^(summons|bonus)$");
  private static final Pattern S_BUS = p("(bu)s$");
  private static final Pattern S_BUFFALO = p("(buffal|tomat|potat)o$");
  private static final Pattern S_TIUM = p("([ti])um$");
  private static final Pattern S_SIS = p("sis$");
  private static final Pattern S_FFE = p("(?:([^f])fe|([lr])f)$");
  private static final Pattern S_HIVE = p("(hi|ti)ve$");
  private static final Pattern S_AEIOUYY = p("([^aeiouy]|qu)y$");
  private static final Pattern S_X = p("(x|ch|ss|sh)$");
  private static final Pattern S_MATRIX = p("(matr)ix$");
  private static final Pattern S_VERTEX = p("(vert|ind)ex$");
  private static final Pattern S_MOUSE = p("([m|l])ouse$");
  private static final Pattern S_FOOT = p("^foot$");
  private static final Pattern S_TOOTH = p("^tooth$");
  private static final Pattern S_GOOSE = p("^goose$");
  private static final Pattern S_QUIZ = p("(quiz)$");
  private static final Pattern S_WHEREAS = p("^(whereas)$");
  private static final Pattern S_CRITERION = p("^(criteri)on$");
  private static final Pattern S_GENUS = p("^genus$");
  private static final Pattern S_S = p("s$");
  private static final Pattern S_COMMON = p("$");

  /** {@code plural_rules}, in order; a {@code null} replacement keeps the word as it is. */
  private static final List<Rule> PLURAL = List.of(
      // "do not replace if its already a plural word"
      keep(P_MEN), keep(P_PEOPLE), keep(P_CHILDREN), keep(P_TIA), keep(P_ANALYSES),
      keep(P_DATABASES), keep(P_DRIVES), keep(P_HIVES), keep(P_CURVES), keep(P_LRVES),
      keep(P_FOVES), keep(P_AEIOUYIES), keep(P_SERIES), keep(P_MOVIES), keep(P_XES),
      keep(P_MICE), keep(P_BUSES), keep(P_OES), keep(P_SHOES), keep(P_CRISES),
      keep(P_OCTOPUSES), keep(P_ALIASES), keep(P_SUMMONSES), keep(P_OXEN), keep(P_MATRICES),
      keep(P_FEET), keep(P_TEETH), keep(P_GEESE), keep(P_QUIZZES), keep(P_WHEREASES),
      keep(P_CRITERIA), keep(P_GENERA),
      // "original rule"
      to(S_MAN, "$1en"), to(S_PERSON, "$1ople"), to(S_CHILD, "$1ren"), to(S_DRIVE, "$1s"),
      to(S_OX, "$1en"), to(S_AXIS, "$1es"), to(S_OCTOPUS, "$1uses"), to(S_ALIAS, "$1es"),
      to(S_SUMMONS, "$1es"), to(S_BUS, "$1ses"), to(S_BUFFALO, "$1oes"), to(S_TIUM, "$1a"),
      to(S_SIS, "ses"), to(S_FFE, "$1$2ves"), to(S_HIVE, "$1ves"), to(S_AEIOUYY, "$1ies"),
      to(S_MATRIX, "$1ices"), to(S_VERTEX, "$1ices"), to(S_X, "$1es"), to(S_MOUSE, "$1ice"),
      to(S_FOOT, "feet"), to(S_TOOTH, "teeth"), to(S_GOOSE, "geese"), to(S_QUIZ, "$1zes"),
      to(S_WHEREAS, "$1es"), to(S_CRITERION, "$1a"), to(S_GENUS, "genera"),
      to(S_S, "s"), to(S_COMMON, "s"));

  /** {@code singular_rules}, in order. */
  private static final List<Rule> SINGULAR = List.of(
      // "do not replace if its already a singular word"
      keep(S_MAN), keep(S_PERSON), keep(S_CHILD), keep(S_DRIVE), keep(S_OX), keep(S_AXIS),
      keep(S_OCTOPUS), keep(S_ALIAS), keep(S_SUMMONS), keep(S_BUS), keep(S_BUFFALO),
      keep(S_TIUM), keep(S_SIS), keep(S_FFE), keep(S_HIVE), keep(S_AEIOUYY), keep(S_X),
      keep(S_MATRIX), keep(S_MOUSE), keep(S_FOOT), keep(S_TOOTH), keep(S_GOOSE), keep(S_QUIZ),
      keep(S_WHEREAS), keep(S_CRITERION), keep(S_GENUS),
      // "original rule"
      to(P_MEN, "$1an"), to(P_PEOPLE, "$1rson"), to(P_CHILDREN, "$1"), to(P_DATABASES, "$1"),
      to(P_DRIVES, "$1"), to(P_GENERA, "genus"), to(P_CRITERIA, "$1on"), to(P_TIA, "$1um"),
      to(P_ANALYSES, "$1$2sis"), to(P_HIVES, "$1ve"), to(P_CURVES, "$1"), to(P_LRVES, "$1f"),
      to(P_AVES, "$1ve"), to(P_FOVES, "$1fe"), to(P_MOVIES, "$1ovie"), to(P_AEIOUYIES, "$1y"),
      to(P_SERIES, "$1eries"), to(P_XES, "$1"), to(P_MICE, "$1ouse"), to(P_BUSES, "$1"),
      to(P_OES, "$1"), to(P_SHOES, "$1"), to(P_CRISES, "$1is"), to(P_OCTOPUSES, "$1us"),
      to(P_ALIASES, "$1"), to(P_SUMMONSES, "$1"), to(P_OXEN, "$1"), to(P_MATRICES, "$1ix"),
      to(P_VERTICES, "$1ex"), to(P_FEET, "foot"), to(P_TEETH, "tooth"), to(P_GEESE, "goose"),
      to(P_QUIZZES, "$1"), to(P_WHEREASES, "$1"),
      to(P_SS, "ss"), to(P_S, ""));

  /** inflection's {@code pluralize}: {@code Person} → {@code People}, {@code Tag} → {@code Tags}. */
  public static String pluralize(String word) {
    return apply(word, PLURAL);
  }

  /** inflection's {@code singularize}: {@code comments} → {@code comment}. */
  public static String singularize(String word) {
    return apply(word, SINGULAR);
  }

  /** {@code _apply_rules}: the first matching rule decides. */
  private static String apply(String word, List<Rule> rules) {
    if (UNCOUNTABLE.contains(word.toLowerCase(Locale.ROOT))) {
      return word;
    }
    for (Rule rule : rules) {
      Matcher matcher = rule.pattern().matcher(word);
      if (matcher.find()) {
        // JavaScript's replace with a global pattern; an unmatched group adds nothing, as in JS.
        return rule.replacement() == null ? word : matcher.replaceAll(rule.replacement());
      }
    }
    return word;
  }

  private record Rule(Pattern pattern, String replacement) {}

  private static Rule keep(Pattern pattern) {
    return new Rule(pattern, null);
  }

  private static Rule to(Pattern pattern, String replacement) {
    return new Rule(pattern, replacement);
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }
}
