package dev.joinery.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL type as a dialect writes it ({@code VARCHAR(100)}, {@code INT UNSIGNED},
 * {@code TIMESTAMP(6) WITH TIME ZONE}) or as a catalog spells it ({@code int(10) unsigned},
 * {@code character varying(100)}, {@code timestamp with time zone(6)}) into one comparable
 * shape: a base name with synonyms folded, its sizes, and unsignedness.
 */
final class SqlTypes {
  private SqlTypes() {}

  /** A parsed type; {@code sizes} empty where the type has none. */
  record Shape(String base, List<Integer> sizes, boolean unsigned) {
    /**
     * The sizes to compare: none for integers (MySQL's display width). A date-time's are not
     * compared here but as the digits it holds ({@link DriftCheck}), because a type without them
     * holds what each database gives it.
     */
    List<Integer> comparableSizes() {
      if (INTEGERS.contains(base) || base.equals("DOUBLE") || base.equals("REAL")) return List.of();
      return sizes;
    }
  }

  private static final Pattern SIZES = Pattern.compile("\\(([^)]*)\\)");
  private static final List<String> INTEGERS =
      List.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT");
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("INTEGER", "INT"), Map.entry("INT4", "INT"), Map.entry("INT8", "BIGINT"),
      Map.entry("INT2", "SMALLINT"), Map.entry("CHARACTER VARYING", "VARCHAR"),
      Map.entry("CHARACTER", "CHAR"), Map.entry("NUMERIC", "DECIMAL"),
      Map.entry("DOUBLE PRECISION", "DOUBLE"), Map.entry("FLOAT8", "DOUBLE"),
      Map.entry("FLOAT4", "REAL"), Map.entry("BOOL", "BOOLEAN"),
      Map.entry("TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP"),
      Map.entry("TIME WITHOUT TIME ZONE", "TIME"), Map.entry("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"),
      Map.entry("BINARY LARGE OBJECT", "BLOB"), Map.entry("CHARACTER LARGE OBJECT", "CLOB"));

  static Shape parse(String type) {
    String text = type.toUpperCase(Locale.ROOT).trim();
    List<Integer> sizes = List.of();
    Matcher matcher = SIZES.matcher(text);
    if (matcher.find()) {
      sizes = java.util.Arrays.stream(matcher.group(1).split(","))
          .map(String::trim).filter(s -> s.matches("\\d{1,9}")).map(Integer::valueOf).toList();
      text = text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
    }
    boolean unsigned = text.contains(" UNSIGNED");
    text = text.replace(" UNSIGNED", " ").replace(" ZEROFILL", " ").replaceAll("\\s+", " ").trim();
    String base = SYNONYMS.getOrDefault(text, text);
    // MySQL and MariaDB keep BOOLEAN as TINYINT(1).
    if (base.equals("TINYINT") && sizes.equals(List.of(1))) {
      base = "BOOLEAN";
      sizes = List.of();
    }
    return new Shape(base, sizes, unsigned);
  }
}
