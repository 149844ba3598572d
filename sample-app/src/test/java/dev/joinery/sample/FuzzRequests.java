package dev.joinery.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.sample.model.JoinerySchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Malformed and odd requests for every route of the sample, drawn from one {@link Random}: the
 * names in query strings and bodies come from the generated tables' metadata, so most requests
 * get past the first check and reach the deeper ones. Mixes broken query strings, odd headers
 * and charsets, lying {@code Content-Length}s, chunked bodies, random and mutated JSON (deep
 * nesting, huge numbers, wrong types, unicode, NUL) and random path keys.
 */
final class FuzzRequests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A route: method, path with {id}/{tagId}, and the tables whose keys fill them. */
  record Route(String method, String path, String table, String secondTable) {}

  private static final Map<String, String> RESOURCES = new LinkedHashMap<>();

  static {
    RESOURCES.put("/api/customers", "customers");
    RESOURCES.put("/api/addresses", "addresses");
    RESOURCES.put("/api/tutorials", "tutorials");
    RESOURCES.put("/api/comments", "comments");
    RESOURCES.put("/api/tags", "tags");
    RESOURCES.put("/api/followers", "followers");
    RESOURCES.put("/api/users", "users");
    RESOURCES.put("/api/profiles", "user_profiles");
    RESOURCES.put("/api/authors", "authors");
    RESOURCES.put("/api/stories", "stories");
    RESOURCES.put("/api/task-users", "task_users");
    RESOURCES.put("/api/tasks", "tasks");
  }

  /** Every route of {@code Routes}, plus /health. */
  static final List<Route> ROUTES = routes();

  private static List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    RESOURCES.forEach((path, table) -> {
      routes.add(new Route("GET", path, table, null));
      routes.add(new Route("POST", path, table, null));
      routes.add(new Route("GET", path + "/{id}", table, null));
      routes.add(new Route("PUT", path + "/{id}", table, null));
      routes.add(new Route("DELETE", path + "/{id}", table, null));
    });
    routes.add(new Route("POST", "/api/customers/{id}/restore", "customers", null));
    routes.add(new Route("DELETE", "/api/customers/{id}/force", "customers", null));
    routes.add(new Route("POST", "/api/tutorials/{id}/comments", "tutorials", null));
    routes.add(new Route("PUT", "/api/tutorials/{id}/tags/{tagId}", "tutorials", "tags"));
    routes.add(new Route("DELETE", "/api/tutorials/{id}/tags/{tagId}", "tutorials", "tags"));
    routes.add(new Route("PUT", "/api/tutorials/{id}/with-comments", "tutorials", null));
    routes.add(new Route("PUT", "/api/followers/{id}/tags/{tagId}", "followers", "tags"));
    routes.add(new Route("GET", "/api/followers/{id}/tags", "followers", null));
    routes.add(new Route("GET", "/health", null, null));
    return List.copyOf(routes);
  }

  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "FOO");
  private static final List<String> CONTENT_TYPES = List.of(
      "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
      "application/json; charset=\"utf-8\"", "application/json; charset=utf-16",
      "application/json; charset=ISO-8859-1", "application/json; charset=nonexistent",
      "application/json; charset=", "application/json; charset=@@", "application/json;;;",
      "application/json; charset=utf-8; charset=latin1", "text/plain", "",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
      "application/json; charset=x-unknown-\u00e9", ";", "*/*", "application/json; foo",
      "application/json; charset=UTF-32", "application/json; charset=UTF-7");
  private static final List<String> OPERATORS = List.of("eq", "ne", "gt", "gte", "lt", "lte",
      "like", "in", "notIn", "null", "between", "", "EQ", "or");
  private static final List<String> ODD_TEXT = List.of("", " ", "\u0000", "a\u0000b", "%",
      "'; DROP TABLE customers; --", "\" OR 1=1 --", "\\", "\u00e9\u00e8", "\uD83D\uDE00",
      "\uD800", "\u202Ejson", "null", "true", "NaN", "Infinity", "-0", "1e400", "1e-400",
      "9223372036854775808", "-9223372036854775809", "2147483648", "0x10", "1_000", "\uFF11",
      "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999Z", "2024-02-30", "24:00:00", "00000000-0000-0000-0000-000000000000",
      "AAAA", "====", "%%", "*", "_", "a,b,,c", ",", "[", "]", "[]", "{}", ".", "..",
      "x".repeat(300), "y".repeat(5_000));

  private final Random random;
  private final Map<String, List<String>> keys;

  /** @param keys existing keys by table name, so that some requests hit real rows */
  FuzzRequests(Random random, Map<String, List<String>> keys) {
    this.random = random;
    this.keys = keys;
  }

  RawHttp.Request next() {
    Route route = pick(ROUTES);
    String method = chance(85) ? route.method() : pick(METHODS);
    String target = path(route) + (chance(route.method().equals("GET") ? 60 : 20)
        ? "?" + queryString(route.table()) : "");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", "localhost");
    String contentType = chance(80) ? pick(CONTENT_TYPES.subList(0, 3)) : pick(CONTENT_TYPES);
    if (chance(95)) {
      headers.put("Content-Type", latin1(contentType));
    }
    oddHeaders(headers);
    byte[] body = new byte[0];
    if (!method.equals("GET") && !method.equals("DELETE") ? chance(95) : chance(10)) {
      body = body(route, contentType);
    }
    RawHttp.Framing framing = framing();
    return new RawHttp.Request(method, target, headers, body, framing);
  }

  // ---- paths and query strings

  private String path(Route route) {
    if (chance(2)) {
      return pick(List.of("/", "/api", "/api/", "/api/nothing", "/api/customers/", "//api/customers",
          "/api/customers/1/2/3", "/api/customers/%2F", "/api/customers/..", "/api/%zz",
          "/api/customers;x=1", "/API/CUSTOMERS", "/api/customers/1/restore/x", "*"));
    }
    String path = route.path();
    if (path.contains("{id}")) path = path.replace("{id}", key(route.table()));
    if (path.contains("{tagId}")) path = path.replace("{tagId}", key(route.secondTable()));
    return path;
  }

  private String key(String table) {
    List<String> known = keys.getOrDefault(table, List.of());
    if (!known.isEmpty() && chance(60)) {
      return pick(known);
    }
    return pick(List.of("0", "-1", "1", "2", "3", "99999999", "9223372036854775807",
        "9223372036854775808", "abc", "1.5", "1e3", "%20", "%00", "%C3%A9", "%C3%28", "%zz",
        "%E2%82%AC", "+1", "0x1", "00001", UUID.randomUUID().toString(),
        "00000000-0000-0000-0000-000000000000", "1-2-3-4-5", "x".repeat(2_000), "%F0%9F%98%80",
        "NaN", "true", "null"));
  }

  private String queryString(String tableName) {
    TableMeta<?> table = table(tableName);
    List<String> parts = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      parts.add(parameter(table));
    }
    if (chance(5)) {
      parts.add(pick(List.of("", "=", "&", "%", "%zz", "%E0%A4%A", "+", "a=%", "where",
          "where[", "where]]", "[x]=1", "a[b][c][d]=1", "include[x]=y", "%5B%5D=1", "\u00e9=1",
          "where[id][eq][x]=1", "limit", "limit=&limit=1", "offset=1&offset=2", "=x", "&&&")));
    }
    return String.join("&", parts);
  }

  private String parameter(TableMeta<?> table) {
    String column = columnName(table);
    String path = chance(30) ? includePath(table) : "";
    return switch (random.nextInt(8)) {
      case 0 -> "include=" + encode(chance(80) ? includePath(table)
          : includePath(table) + "," + includePath(table));
      case 1 -> "attributes" + bracket(path) + "=" + encode(column
          + (chance(20) ? ":" + pick(List.of("alias", "a b", "1x", "", "x:y")) : "")
          + (chance(30) ? "," + columnName(table) : ""));
      case 2 -> "exclude" + bracket(path) + "=" + encode(column);
      case 3 -> "order" + bracket(path) + "=" + encode((chance(50) ? "-" : "") + column);
      case 4 -> pick(List.of("limit", "offset")) + (chance(20) ? bracket(path) : "") + "="
          + encode(number());
      default -> {
        String target = (path.isEmpty() ? "" : path + ".") + column;
        String operator = chance(60) ? "" : "[" + pick(OPERATORS) + "]";
        yield encodeKey("where[" + target + "]" + operator) + "=" + encode(value());
      }
    };
  }

  private String bracket(String path) {
    return path.isEmpty() ? "" : encodeKey("[" + path + "]");
  }

  private String includePath(TableMeta<?> table) {
    List<String> names = new ArrayList<>();
    TableMeta<?> at = table;
    int depth = 1 + random.nextInt(chance(10) ? 6 : 2);
    for (int i = 0; i < depth; i++) {
      if (at == null || at.associations().isEmpty() || chance(5)) {
        names.add(pick(List.of("nothing", "", "comments", "Address", "a.b")));
        break;
      }
      Association<?, ?> association = pick(at.associations());
      names.add(association.name());
      at = association.target();
    }
    return String.join(".", names);
  }

  private String columnName(TableMeta<?> table) {
    if (table == null || chance(10)) {
      return pick(List.of("password", "nothing", "", "id ", "ID", "first_name", "*", "1",
          "deletedAt", "version", "x".repeat(100)));
    }
    return pick(table.columns()).property();
  }

  private String number() {
    return pick(List.of("0", "1", "2", "10", "100", "5000", "10000", "10001", "-1",
        "2147483647", "2147483648", "99999999999999999999", "abc", "", "1.5", "1e3", " 1",
        "\uFF11", "+5"));
  }

  private String value() {
    if (chance(40)) {
      return pick(ODD_TEXT);
    }
    return switch (random.nextInt(6)) {
      case 0 -> Integer.toString(random.nextInt(2000) - 10);
      case 1 -> "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T10:15:30Z";
      case 2 -> UUID.randomUUID().toString();
      case 3 -> random.nextInt(100) + "," + random.nextInt(100) + "," + pick(ODD_TEXT);
      case 4 -> pick(List.of("true", "false", "Ada", "Ad%", "%a%"));
      default -> randomText(1 + random.nextInt(20));
    };
  }

  /** Mostly percent-encoded; now and then raw, so the server's own decoding is tried too. */
  private String encode(String text) {
    if (chance(90)) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
    StringBuilder raw = new StringBuilder();
    for (char c : text.toCharArray()) {
      raw.append(c > ' ' && c < 127 && c != '&' && c != '#' ? String.valueOf(c)
          : URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
    }
    return raw.toString();
  }

  private String encodeKey(String key) {
    return chance(50) ? key.replace("[", "%5B").replace("]", "%5D") : encode(key);
  }

  // ---- headers and framing

  private void oddHeaders(Map<String, String> headers) {
    if (chance(10)) headers.put("Accept", pick(List.of("text/html", "*/*", "application/xml",
        "", ";;", "application/json;q=0")));
    if (chance(5)) headers.put("Accept-Charset", pick(List.of("utf-16", "nonexistent", "")));
    if (chance(5)) headers.put("Content-Encoding", pick(List.of("gzip", "br", "identity", "x")));
    if (chance(5)) headers.put("X-Odd", latin1(pick(ODD_TEXT)));
    if (chance(3)) headers.put("Cookie", "a=" + "b".repeat(random.nextInt(3_000)));
    if (chance(3)) headers.put("Expect", pick(List.of("100-continue", "nonsense")));
    if (chance(2)) headers.put("User-Agent", "\u00e9\u00ff");
  }

  private RawHttp.Framing framing() {
    int roll = random.nextInt(100);
    if (roll < 70) return RawHttp.Framing.LENGTH;
    if (roll < 85) return RawHttp.Framing.CHUNKED;
    if (roll < 90) return RawHttp.Framing.SHORT_LENGTH;
    if (roll < 95) return RawHttp.Framing.LONG_LENGTH;
    return RawHttp.Framing.BAD_LENGTH;
  }

  // ---- bodies

  private byte[] body(Route route, String contentType) {
    String text;
    int roll = random.nextInt(100);
    if (roll < 55) {
      text = json(mutated(template(table(route.table()), 2)));
    } else if (roll < 70) {
      text = json(randomJson(4));
    } else if (roll < 85) {
      text = pick(List.of("", " ", "{", "[", "{\"a\":}", "nul", "NaN", "{'a':1}",
          "{\"title\":1,\"title\":2}", "{} {}", "\uFEFF{}", "{\"a\":1 /*c*/}", "[]", "null",
          "\"text\"", "12", "{\"comments\":null,\"version\":null}",
          "[".repeat(3_000) + "]".repeat(3_000), "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500),
          "1".repeat(5_000), "{\"age\":" + "9".repeat(2_000) + "}", "{\"age\":1e999999999}",
          "{\"firstname\":\"" + "\\u0000".repeat(10) + "\",\"age\":1}",
          "{\"title\":\"\\ud800\"}", "{\"version\":1.5,\"comments\":[{}]}",
          "{\"version\":0,\"comments\":[{\"id\":\"x\"}]}",
          "{\"version\":0,\"comments\":[{\"id\":99999999999999999999}]}",
          "{\"version\":2147483648,\"comments\":[]}", "{\"frequency\":\"" + "d".repeat(40) + "\"}",
          "{\"frequency\":\"\\u0000\"}", "{\"frequency\":7}", "{\"frequency\":\"\"}"));
    } else if (roll < 95) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      return bytes;
    } else if (roll < 99) {
      text = json(mutated(template(table(route.table()), 3)));
      return text.getBytes(charsetOf(contentType));
    } else {
      // Over the 1 MiB limit.
      text = "{\"title\":\"" + "x".repeat((1 << 20) + random.nextInt(1_000)) + "\"}";
    }
    return text.getBytes(chance(90) ? charsetOf(contentType) : StandardCharsets.UTF_16LE);
  }

  private static Charset charsetOf(String contentType) {
    int at = contentType.indexOf("charset=");
    if (at >= 0) {
      try {
        return Charset.forName(contentType.substring(at + 8).replace("\"", "").split(";")[0].trim());
      } catch (RuntimeException e) {
        // not a charset Java knows: send UTF-8
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** A body that would create a row of {@code table}: every writable column with a plausible value. */
  private ObjectNode template(TableMeta<?> table, int depth) {
    ObjectNode node = NODES.objectNode();
    if (table == null) {
      return node;
    }
    for (TableColumn<?, ?> column : table.columns()) {
      if (column.isAutoIncrement() || column.isCreatedAt() || column.isUpdatedAt()
          || column.isDeletedAt() || column.isPrimaryKey() && chance(90)) {
        continue;
      }
      if (column.isVersion()) {
        node.put(column.property(), random.nextInt(3));
        continue;
      }
      node.set(column.property(), plausible(column));
    }
    if (table.name().equals("tutorials") && chance(50)) {
      ArrayNode comments = node.putArray("comments");
      for (int i = random.nextInt(3); i > 0; i--) {
        ObjectNode comment = comments.addObject();
        String key = key("comments");
        if (chance(50)) comment.put("id", key.matches("\\d{1,18}") ? Long.parseLong(key) : 1L);
        comment.put("name", "n").put("text", "t");
      }
    }
    if (depth > 0 && !table.associations().isEmpty() && chance(30)) {
      Association<?, ?> association = pick(table.associations());
      ObjectNode child = template(association.target(), depth - 1);
      node.set(association.name(), association.toMany() ? NODES.arrayNode().add(child) : child);
    }
    return node;
  }

  private JsonNode plausible(TableColumn<?, ?> column) {
    String property = column.property().toLowerCase(Locale.ROOT);
    return switch (column.type()) {
      case STRING -> NODES.textNode(property.contains("email") ? "u" + random.nextInt(1_000_000)
          + "@example.com" : property.contains("photo") ? "https://example.com/p.png"
          : property.contains("frequency") ? "daily" : "v" + random.nextInt(1_000_000));
      case INT, LONG, SHORT, BYTE -> NODES.numberNode(random.nextInt(50));
      case BOOLEAN -> NODES.booleanNode(random.nextBoolean());
      case UUID -> NODES.textNode(UUID.randomUUID().toString());
      default -> NODES.textNode("2024-01-31T10:15:30Z");
    };
  }

  private JsonNode mutated(ObjectNode node) {
    for (int i = random.nextInt(4); i > 0; i--) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() || chance(15) ? pick(List.of("unknown", "id", "createdAt",
          "password", "version", "comments", "address", "story", "author", "tags", "follows"))
          : pick(names);
      switch (random.nextInt(5)) {
        case 0 -> node.remove(name);
        case 1 -> node.set(name, randomJson(2));
        case 2 -> node.put(name, pick(ODD_TEXT));
        case 3 -> node.put(name, randomText(pick(List.of(10, 51, 101, 256, 1_025, 70_000))));
        default -> node.set(name, pick(List.of(NODES.numberNode(new BigInteger("9".repeat(30))),
            NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.numberNode(Long.MIN_VALUE), NODES.nullNode(),
            NODES.numberNode(Double.MAX_VALUE), NODES.numberNode(new BigDecimal("1E-400")))));
      }
    }
    return chance(5) ? NODES.arrayNode().add(node) : node;
  }

  private JsonNode randomJson(int depth) {
    int roll = random.nextInt(depth > 0 ? 10 : 7);
    return switch (roll) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextLong());
      case 3 -> NODES.numberNode(new BigDecimal(random.nextDouble() + "E" + (random.nextInt(800) - 400)));
      case 4, 5 -> NODES.textNode(chance(50) ? pick(ODD_TEXT) : randomText(random.nextInt(30)));
      case 6 -> NODES.numberNode(random.nextInt(100));
      case 7 -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) array.add(randomJson(depth - 1));
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(chance(50) ? randomText(5) : pick(List.of("id", "name", "title", "age",
              "comments", "firstname", "text")), randomJson(depth - 1));
        }
        yield object;
      }
    };
  }

  private String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int roll = random.nextInt(20);
      text.appendCodePoint(roll == 0 ? random.nextInt(0x20) : roll == 1 ? 0x1F600 + random.nextInt(50)
          : roll == 2 ? 0x100 + random.nextInt(0x700) : 'a' + random.nextInt(26));
    }
    return text.toString();
  }

  private static String json(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Header values travel as ISO-8859-1: anything beyond is replaced, not sent as UTF-8. */
  private static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1)
        .replace("\r", "").replace("\n", "");
  }

  private static TableMeta<?> table(String name) {
    if (name == null) {
      return null;
    }
    return JoinerySchema.tables().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow();
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <E> E pick(List<E> items) {
    return items.get(random.nextInt(items.size()));
  }
}
