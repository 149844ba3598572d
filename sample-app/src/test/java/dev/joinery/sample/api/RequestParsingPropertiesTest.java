package dev.joinery.sample.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.sample.SampleApp;
import dev.joinery.sample.api.request.QueryParser;
import dev.joinery.sample.api.request.RecordReader;
import dev.joinery.sample.api.request.Secrets;
import dev.joinery.sample.api.request.Values;
import dev.joinery.sample.model.AuthorTable;
import dev.joinery.sample.model.JoinerySchema;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property tests of the sample's request parsing: whatever the query string, JSON body, path key
 * or header, a parser returns a value or throws the app's own 4xx {@link ApiException}, never
 * anything else (which the app would answer with a 500). The inputs are drawn from the grammar's
 * own words and the tables' metadata, mixed with arbitrary text, so most get past the first
 * check. jqwik runs on the JUnit Platform beside Jupiter; a failure prints its shrunk input.
 * The seed is fixed so that CI is repeatable; change {@link #SEED} locally to explore new inputs.
 */
class RequestParsingPropertiesTest {
  /** The same inputs on every run, as for the HTTP fuzz run. */
  static final String SEED = "20261202";

  private static final ObjectMapper MAPPER = SampleApp.objectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<TableMeta<?>> TABLES = JoinerySchema.tables();
  private static final Secrets SECRETS = new Secrets(Set.of(AuthorTable.PASSWORD), s -> "h:" + s);
  private static final QueryParser QUERIES = new QueryParser(SECRETS);
  private static final RecordReader READER = new RecordReader(SECRETS);

  /** Every property and association name of every table. */
  private static final List<String> NAMES = allNames();

  private static List<String> allNames() {
    Set<String> names = new TreeSet<>();
    for (TableMeta<?> table : TABLES) {
      table.columns().forEach(column -> names.add(column.property()));
      table.associations().forEach(association -> names.add(association.name()));
    }
    return List.copyOf(names);
  }

  /** Runs {@code parse}: a value, or an ApiException with a 4xx status; anything else fails. */
  private static void valueOr4xx(Supplier<?> parse) {
    try {
      parse.get();
    } catch (ApiException e) {
      assertThat(e.status()).as(e.getMessage()).isBetween(400, 499);
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  // ---- query strings

  @Property(tries = 1_000, seed = SEED)
  void queryStringsParseOrAre400(@ForAll("tables") TableMeta<?> table,
      @ForAll("queryParameters") Map<String, List<String>> parameters) {
    valueOr4xx(() -> QUERIES.parse(table, parameters));
  }

  @Provide
  Arbitrary<TableMeta<?>> tables() {
    return Arbitraries.of(TABLES);
  }

  @Provide
  Arbitrary<Map<String, List<String>>> queryParameters() {
    Arbitrary<String> key = Arbitraries.oneOf(
        Arbitraries.of("include", "attributes", "exclude", "order", "limit", "offset"),
        Combinators.combine(Arbitraries.of("attributes", "exclude", "order", "limit", "where"),
            paths(), Arbitraries.of("", "[eq]", "[ne]", "[gt]", "[gte]", "[lt]", "[lte]", "[like]",
                "[in]", "[notIn]", "[null]", "[x]", "[]", "[eq][eq]"))
            .as((name, path, operator) -> name + "[" + path + "]" + operator),
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("", "[", "]", "where[", "where]]", "a[b][c][d]", "include[x]", "where[]"));
    Arbitrary<String> value = Arbitraries.oneOf(paths(), names(), values(),
        Combinators.combine(names(), names()).as((a, b) -> a + "," + b),
        Combinators.combine(Arbitraries.of("", "-"), names()).as(String::concat),
        Combinators.combine(names(), Arbitraries.of(":a", ":", ":1x", ":a:b", ":a b"))
            .as(String::concat));
    return Arbitraries.maps(key, value.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(5)
        .map(LinkedHashMap::new);
  }

  /** Include paths: association names joined by dots, some deeper than allowed. */
  private Arbitrary<String> paths() {
    return Arbitraries.oneOf(names(), names().list().ofMinSize(1).ofMaxSize(5)
        .map(parts -> String.join(".", parts)), Arbitraries.of("", ".", "a..b", "comments."));
  }

  private Arbitrary<String> names() {
    return Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of(NAMES),
        Arbitraries.strings().alpha().ofMaxLength(8));
  }

  /** Text a column might be compared with, valid for some type or almost. */
  private static Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers().between(new BigInteger("-" + "9".repeat(30)),
            new BigInteger("9".repeat(30))).map(String::valueOf),
        Arbitraries.of("true", "false", "null", "NaN", "Infinity", "1e400", "-0", "0x1", "1,2,3",
            ",", "", " ", "\u0000", "%", "_", "2024-01-31T10:15:30Z", "+999999999-12-31T23:59:59Z",
            "2024-02-30", "24:00:00", "123e4567-e89b-42d3-a456-426614174000", "1-2-3-4-5",
            "AAAA", "====", "\uD800", "\uFF11", "9223372036854775808"));
  }

  // ---- path keys

  @Property(tries = 1_000, seed = SEED)
  void pathKeysParseOrAre400(@ForAll("tables") TableMeta<?> table,
      @ForAll("keyTexts") String text) {
    valueOr4xx(() -> Api.key(table, text));
  }

  @Provide
  Arbitrary<String> keyTexts() {
    return values();
  }

  // ---- JSON bodies

  @Property(tries = 1_000, seed = SEED)
  void bodiesReadAsNewRowsOrAre400(@ForAll("tables") TableMeta<?> table,
      @ForAll("bodies") String body) {
    valueOr4xx(() -> READER.readNew(table, RequestBody.json(MAPPER, body), List.of()));
  }

  @Property(tries = 1_000, seed = SEED)
  void bodiesReadAsChangesOrAre400(@ForAll("tables") TableMeta<?> table,
      @ForAll("bodies") String body) {
    valueOr4xx(() -> changes(table, RequestBody.json(MAPPER, body)));
  }

  @Property(tries = 500, seed = SEED)
  void tutorialTreesReadOrAre400(@ForAll("bodies") String body) {
    valueOr4xx(() -> TutorialTreeRoute.tutorial(1L, RequestBody.json(MAPPER, body)));
  }

  private static <T> T changes(TableMeta<T> table, JsonNode body) {
    return READER.readChanges(table, body, emptyRow(table));
  }

  /** A stored row as the update routes find it: placeholders in every component. */
  private static <T> T emptyRow(TableMeta<T> table) {
    Object[] components = new Object[table.componentCount()];
    for (TableColumn<T, ?> column : table.columns()) {
      components[column.component()] = Values.placeholder(column.type());
    }
    return table.construct(components);
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        json().map(RequestParsingPropertiesTest::text),
        json().map(RequestParsingPropertiesTest::text).map(RequestParsingPropertiesTest::damage),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of("", " ", "{", "[", "{\"a\":}", "NaN", "{'a':1}", "{\"title\":1,\"title\":2}",
            "{} {}", "\uFEFF{}", "{\"a\":1 /*c*/}", "[".repeat(2_000) + "]".repeat(2_000),
            "{\"a\":".repeat(1_200) + "1" + "}".repeat(1_200), "1".repeat(2_000),
            "{\"age\":" + "9".repeat(1_500) + "}", "{\"age\":1e999999999}"));
  }

  private static String damage(String json) {
    return json.length() < 2 ? json + "," : json.substring(0, json.length() / 2);
  }

  private Arbitrary<JsonNode> json() {
    return Arbitraries.recursive(this::leaf, this::nested, 0, 4);
  }

  private Arbitrary<JsonNode> leaf() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(NODES::textNode),
        values().map(NODES::textNode),
        Arbitraries.strings().ofLength(300).map(NODES::textNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.integers().between(-5, 100).map(NODES::numberNode),
        Arbitraries.bigDecimals().map(NODES::numberNode),
        Arbitraries.of(new BigDecimal("1E+400"), new BigDecimal("-1E-400"),
            new BigDecimal("9".repeat(40))).map(NODES::numberNode),
        Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false),
            NODES.numberNode(Double.MAX_VALUE), NODES.numberNode(1.5)));
  }

  private Arbitrary<JsonNode> nested(Arbitrary<JsonNode> inner) {
    Arbitrary<JsonNode> array = inner.list().ofMaxSize(4).map(elements -> {
      ArrayNode node = NODES.arrayNode();
      elements.forEach(node::add);
      return node;
    });
    Arbitrary<JsonNode> object = Arbitraries.maps(names(), inner).ofMaxSize(6).map(fields -> {
      ObjectNode node = NODES.objectNode();
      fields.forEach(node::set);
      return node;
    });
    return Arbitraries.frequencyOf(
        Tuple.of(1, array), Tuple.of(3, object),
        Tuple.of(1, inner));
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- headers and body bytes

  @Property(tries = 2_000, seed = SEED)
  void contentTypesGiveACharsetOrAre415(@ForAll("contentTypes") String contentType) {
    valueOr4xx(() -> RequestBody.charset(contentType));
  }

  @Property(tries = 500, seed = SEED)
  void bodyBytesReadAsTextOrAre4xx(@ForAll("contentTypes") String contentType,
      @ForAll("declaredLengths") long declared, @ForAll byte[] bytes) {
    valueOr4xx(() -> RequestBody.read(contentType, declared, new ByteArrayInputStream(bytes)));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    Arbitrary<String> charset = Arbitraries.oneOf(
        Arbitraries.of("utf-8", "UTF-8", "\"utf-8\"", "utf-16", "ISO-8859-1", "UTF-32", "UTF-7",
            "nonexistent", "", "@@", "\"", "x-unknown", "utf-8; charset=latin1", "utf8 "),
        Arbitraries.strings().ofMaxLength(15));
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("application/json", "text/plain", "", " "),
            Arbitraries.of("; charset=", ";charset=", "; CHARSET = ", ";", "; foo=bar; charset="),
            charset).as((type, separator, name) -> type + separator + name),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of(";", ";;", "=", "; =", "charset=", ";charset", "application/json;"));
  }

  @Provide
  Arbitrary<Long> declaredLengths() {
    return Arbitraries.oneOf(Arbitraries.of(-1L, 0L, (long) RequestBody.MAX_BYTES,
        RequestBody.MAX_BYTES + 1L, Long.MAX_VALUE), Arbitraries.longs().between(-5, 5_000));
  }

  @Property(tries = 20, seed = SEED)
  void bodiesOverTheLimitAre413WhateverTheyDeclare(@ForAll("declaredLengths") long declared) {
    byte[] large = new byte[RequestBody.MAX_BYTES + 1];
    try {
      RequestBody.read("application/json", declared, new ByteArrayInputStream(large));
      throw new AssertionError("a body of " + large.length + " bytes was read");
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(413);
    }
  }
}
