package dev.joinery.sample.api.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Include;
import dev.joinery.sample.api.ApiException;
import dev.joinery.schema.ColumnDef;
import dev.joinery.validation.Violation;
import dev.joinery.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads a JSON body into a record of a generated table, through the table's metadata only: keys
 * are record component names, values are converted by column type, associations nest
 * (Sequelize's nested create). Nothing reflects on the records.
 *
 * <p>Every problem of the whole body is collected before answering, in one list: unknown
 * attributes, values of the wrong type, keys the server generates, missing NOT NULL columns and
 * the table's own rules ({@code @Email}, {@code @Url}, lengths, run through the generated
 * {@code validate}). So a client fixes all of them at once, and no SQL runs for a bad body.
 *
 * <p>Secret values (the author's password) are hashed only once the whole body passed: the body
 * is read a first time with the plain text in their place, and only when it has no violation,
 * and holds a secret, read again with the hashes. Hashing costs a PBKDF2 run (a quarter of a
 * second of CPU); reading the body twice costs microseconds, and an invalid body none of the
 * former.
 *
 * <p>Bodies are read here, not by {@code joinery-jackson}'s deserializer (which writes the
 * answers), because that one reads a body as a whole new record on its own: it cannot be told
 * of columns the route fills from the URL (a comment's {@code tutorialId} under
 * {@code /api/tutorials/{id}/comments}, which a body must leave out), it accepts the keys,
 * timestamps and versions the server generates, it reads a secret as plain text with no point
 * at which the whole body is known valid before hashing, and it cannot apply a partial
 * {@code PUT} to the stored row ({@link #readChanges}): it would require every NOT NULL column.
 */
public final class RecordReader {
  private final Secrets secrets;

  public RecordReader(Secrets secrets) {
    this.secrets = secrets;
  }

  /**
   * A row to create, with the associations its body nests.
   *
   * @param includes pass to {@code dao.create(row, includes)}
   */
  public record NewRow<T>(T row, List<Include<T, ?>> includes) {}

  /**
   * Reads a row to create.
   *
   * @param fromPath columns the route fills in from the URL (a parent's key); the body must
   *     leave them out
   * @throws ApiException 400 listing every violation
   */
  public <T> NewRow<T> readNew(TableMeta<T> table, JsonNode body, List<TableColumn<T, ?>> fromPath) {
    Map<TableColumn<?, ?>, String> filled = new HashMap<>();
    fromPath.forEach(column -> filled.put(column, "is taken from the URL"));
    JsonNode object = requireObject(body);
    PlainSecrets plain = new PlainSecrets();
    List<Violation> violations = new ArrayList<>();
    Read<T> read = readObject(table, object, filled, violations, plain);
    throwIfAny(violations);
    if (plain.seen) {
      read = readObject(table, object, filled, violations, secrets::protect);
      throwIfAny(violations);
    }
    return new NewRow<>(read.row, read.shape.includes());
  }

  /**
   * Applies the columns present in {@code body} to {@code existing} (a partial update, as
   * Sequelize's {@code update(values)}); associations, keys and timestamps cannot be changed.
   *
   * @throws ApiException 400 listing every violation
   */
  public <T> T readChanges(TableMeta<T> table, JsonNode body, T existing) {
    JsonNode object = requireObject(body);
    PlainSecrets plain = new PlainSecrets();
    T row = changes(table, object, existing, plain);
    return plain.seen ? changes(table, object, existing, secrets::protect) : row;
  }

  private <T> T changes(TableMeta<T> table, JsonNode body, T existing,
      UnaryOperator<String> secret) {
    List<Violation> violations = new ArrayList<>();
    T row = existing;
    Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      TableColumn<T, ?> column = table.columnByProperty(field.getKey());
      if (column == null) {
        Association<T, ?> association = table.associationByName(field.getKey());
        violations.add(association == null
            ? unknown(table, field.getKey())
            : new Violation(table.name(), null, field.getKey(), "readOnly", table.name() + "."
                + field.getKey() + " is an association; an update changes columns only"));
      } else if (isGenerated(column) && !column.isVersion()) {
        // The version is the client's: the one it read, which the update checks.
        violations.add(violation(column, "readOnly", "cannot be changed"));
      } else {
        row = with(row, column,
            columnValue(table, column, field.getValue(), violations, secret), violations);
      }
    }
    validate(table, row, Map.of(), List.copyOf(violations), violations);
    throwIfAny(violations);
    return row;
  }

  private record Read<T>(T row, BodyShape shape) {}

  /** The first read of a body: secrets stay plain text, and whether there was one is noted. */
  private static final class PlainSecrets implements UnaryOperator<String> {
    boolean seen;

    @Override
    public String apply(String value) {
      seen = true;
      return value;
    }
  }

  private <T> Read<T> readObject(TableMeta<T> table, JsonNode node,
      Map<TableColumn<?, ?>, String> filled, List<Violation> violations,
      UnaryOperator<String> secret) {
    Object[] components = new Object[table.componentCount()];
    Map<TableColumn<T, ?>, JsonNode> values = new LinkedHashMap<>();
    Map<Association<T, ?>, JsonNode> nested = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      TableColumn<T, ?> column = table.columnByProperty(field.getKey());
      Association<T, ?> association = column == null ? table.associationByName(field.getKey()) : null;
      if (column != null) {
        values.put(column, field.getValue());
      } else if (association == null) {
        violations.add(unknown(table, field.getKey()));
      } else if (!field.getValue().isNull()) {
        nested.put(association, field.getValue());
      }
    }

    // A nested belongsTo parent is saved first and its key fills this row's foreign key.
    Map<TableColumn<?, ?>, String> filledHere = new HashMap<>(filled);
    for (Association<T, ?> association : nested.keySet()) {
      if (association.kind() == AssociationKind.BELONGS_TO) {
        filledHere.put(association.sourceKey(), "is filled in from the nested " + association.name());
      }
    }

    int firstOwn = violations.size();
    for (Map.Entry<TableColumn<T, ?>, JsonNode> entry : values.entrySet()) {
      TableColumn<T, ?> column = entry.getKey();
      if (isGenerated(column)) {
        violations.add(violation(column, "generated", "is generated; leave it out"));
      } else if (filledHere.containsKey(column)) {
        violations.add(violation(column, "filled", filledHere.get(column) + "; leave it out"));
      } else {
        components[column.component()] =
            columnValue(table, column, entry.getValue(), violations, secret);
      }
    }
    for (TableColumn<T, ?> column : table.columns()) {
      boolean given = values.containsKey(column) && !values.get(column).isNull();
      if (!given && !column.isNullable() && !isGenerated(column)
          && !filledHere.containsKey(column)) {
        violations.add(violation(column, "notNull", "cannot be null"));
        components[column.component()] = Values.placeholder(column.type());
      }
    }

    List<Violation> own = List.copyOf(violations.subList(firstOwn, violations.size()));

    BodyShape shape = new BodyShape();
    nested.forEach((association, value) ->
        readNested(table, association, value, components, shape, violations, secret));

    T row = construct(table, components, violations);
    validate(table, row, filledHere, own, violations);
    return new Read<>(row, shape);
  }

  private <T, A> void readNested(TableMeta<T> table, Association<T, A> association,
      JsonNode value, Object[] components, BodyShape shape, List<Violation> violations,
      UnaryOperator<String> secret) {
    Map<TableColumn<?, ?>, String> filledInChild = new HashMap<>();
    if (association.kind() == AssociationKind.HAS_ONE
        || association.kind() == AssociationKind.HAS_MANY) {
      filledInChild.put(association.targetKey(),
          "is filled in from the enclosing " + table.name() + " row");
    }
    TableMeta<A> target = association.target();
    String where = table.name() + "." + association.name();
    if (!association.toMany()) {
      if (!value.isObject()) {
        violations.add(new Violation(table.name(), null, association.name(), "type",
            where + " must be an object (a row of " + target.name() + ")"));
        return;
      }
      Read<A> child = readObject(target, value, filledInChild, violations, secret);
      components[association.component()] = child.row;
      shape.add(association, child.shape);
      return;
    }
    if (!value.isArray()) {
      violations.add(new Violation(table.name(), null, association.name(), "type",
          where + " must be an array (of rows of " + target.name() + ")"));
      return;
    }
    List<A> children = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isObject()) {
        violations.add(new Violation(table.name(), null, association.name(), "type",
            where + " must hold objects (rows of " + target.name() + ")"));
        continue;
      }
      Read<A> child = readObject(target, element, filledInChild, violations, secret);
      children.add(child.row);
      shape.add(association, child.shape);
    }
    shape.add(association, new BodyShape()); // an empty list is still part of the create
    components[association.component()] = children;
  }

  /** @param secret what a secret column stores for the text received */
  private <T> Object columnValue(TableMeta<T> table, TableColumn<T, ?> column, JsonNode value,
      List<Violation> violations, UnaryOperator<String> secret) {
    if (value.isNull()) {
      if (!column.isNullable()) {
        violations.add(violation(column, "notNull", "cannot be null"));
        return Values.placeholder(column.type());
      }
      return null;
    }
    Object converted;
    try {
      converted = Values.fromJson(column.type(), value);
    } catch (Values.WrongType e) {
      violations.add(violation(column, "type", e.getMessage() + " (got " + shorten(value) + ")"));
      return Values.placeholder(column.type());
    }
    ColumnDef definition = table.definition().column(column.name()).orElse(null);
    if (definition != null && definition.unsigned() && converted instanceof Number number
        && number.longValue() < 0) {
      // The same answer on every database: MySQL refuses the value, the others a CHECK.
      violations.add(violation(column, "unsigned", "must not be negative (got " + number + ")"));
    }
    if (secrets.isSecret(column) && converted instanceof String text) {
      return secret.apply(text);
    }
    return converted;
  }

  /** Builds the row; {@code null} when a violation already made its components unusable. */
  private static <T> T construct(TableMeta<T> table, Object[] components,
      List<Violation> violations) {
    try {
      return table.construct(components);
    } catch (NullPointerException | ClassCastException e) {
      if (violations.isEmpty()) {
        throw e;
      }
      return null;
    }
  }

  /** {@code row} with one column changed; {@code null} when a violation made the value unusable. */
  @SuppressWarnings("unchecked")
  private static <T> T with(T row, TableColumn<T, ?> column, Object value,
      List<Violation> violations) {
    if (row == null) {
      return null;
    }
    try {
      return ((TableColumn<T, Object>) column).with(row, value);
    } catch (NullPointerException | ClassCastException e) {
      if (violations.isEmpty()) {
        throw e;
      }
      return null;
    }
  }

  /**
   * Runs the generated rules on the row, except on columns the server fills in later and on
   * columns this reader already reported (a value of the wrong type also fails notNull).
   *
   * @param own the violations already found for this row's columns
   */
  private static <T> void validate(TableMeta<T> table, T row, Map<TableColumn<?, ?>, String> filled,
      List<Violation> own, List<Violation> violations) {
    if (row == null) {
      return;
    }
    Violations found = new Violations();
    table.validate(row, found);
    for (Violation violation : found.list()) {
      boolean isFilled = filled.keySet().stream().anyMatch(column ->
          column.table().equals(violation.table()) && column.name().equals(violation.column()));
      boolean reported = own.stream().anyMatch(earlier ->
          earlier.table().equals(violation.table())
              && violation.column().equals(earlier.column()));
      if (!isFilled && !reported) {
        violations.add(violation);
      }
    }
  }

  private static boolean isGenerated(TableColumn<?, ?> column) {
    return column.isAutoIncrement() || column.isUuidV4() || column.isCreatedAt()
        || column.isUpdatedAt() || column.isVersion() || column.isDeletedAt();
  }

  private static JsonNode requireObject(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badJson("the request body must be a JSON object");
    }
    return body;
  }

  private static Violation unknown(TableMeta<?> table, String key) {
    String columns = table.columns().stream().map(TableColumn::property)
        .collect(Collectors.joining(", "));
    String associations = table.associations().stream().map(Association::name)
        .collect(Collectors.joining(", "));
    return new Violation(table.name(), null, key, "unknown", table.name()
        + " has no attribute or association '" + key + "' (attributes: " + columns
        + (associations.isEmpty() ? "" : "; associations: " + associations) + ")");
  }

  private static Violation violation(TableColumn<?, ?> column, String rule, String what) {
    return new Violation(column.table(), column.name(), column.property(), rule,
        column.table() + "." + column.name() + " " + what);
  }

  private static String shorten(JsonNode value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Throws the 400, each violation once (a rule may be found by this reader and by validate). */
  private static void throwIfAny(List<Violation> violations) {
    if (violations.isEmpty()) {
      return;
    }
    Map<List<String>, Violation> distinct = new LinkedHashMap<>();
    for (Violation violation : violations) {
      String rule = violation.rule();
      distinct.putIfAbsent(List.of(violation.table(), String.valueOf(violation.column()),
          String.valueOf(violation.property()), rule), violation);
    }
    throw ApiException.validation(List.copyOf(distinct.values()));
  }
}
