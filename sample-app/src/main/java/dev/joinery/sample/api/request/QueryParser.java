package dev.joinery.sample.api.request;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;
import dev.joinery.query.Attribute;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.Operator;
import dev.joinery.query.Order;
import dev.joinery.query.Query;
import dev.joinery.sample.api.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a query string into a {@link Query} of a generated table, checking every name against the
 * table's metadata ({@code columnByProperty}, {@code associationByName}), so a typo is a 400 that
 * names it, never a SQL error. The grammar (names are record component names, as in the JSON):
 *
 * <pre>
 * include=address,comments.tutorial      associations to load; dots nest
 * attributes=firstname,age               columns to select; column:alias renames (seed 000's
 * attributes[address]=street,postcode:zip  ['postcode', 'zip']); [path] targets an include
 * exclude=age   exclude[author]=email    every column but these
 * order=-age,firstname   order[comments]=-id    '-' sorts descending
 * limit=10&amp;offset=20                     paging over the listed rows; limit[comments]=3 caps a
 *                                        to-many include per parent
 * where[age][gte]=30   where[firstname]=Jack   where[address.postcode][like]=10%
 *     operators: eq (the default), ne, gt, gte, lt, lte, like, in, notIn (comma lists),
 *     null (true or false); a where on an include makes it required, as in Sequelize
 * </pre>
 */
public final class QueryParser {
  /** Rows of a list when the request gives no {@code limit}. */
  public static final int DEFAULT_LIMIT = 5_000;
  /** The largest {@code limit}, of the list or per parent in a to-many include. */
  public static final int MAX_LIMIT = 10_000;
  /** The deepest include path ({@code comments.tutorial.tags} is 3). */
  public static final int MAX_INCLUDE_DEPTH = 3;
  /** The most values of one {@code in}/{@code notIn}. */
  public static final int MAX_IN_VALUES = 1_000;

  private static final Pattern KEY = Pattern.compile("([A-Za-z]+)((?:\\[[^\\[\\]]*\\])*)");
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String PARAMETERS =
      "include, attributes, exclude, order, limit, offset, where[...]";

  private final Secrets secrets;

  public QueryParser(Secrets secrets) {
    this.secrets = secrets;
  }

  /**
   * Parses {@code parameters} (each name with all its values, as the server decoded them).
   *
   * @throws ApiException 400 naming the first unknown or unusable name or value
   */
  public <T> Query<T> parse(TableMeta<T> table, Map<String, List<String>> parameters) {
    Level root = new Level(table, null, "");
    List<Parameter> others = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
      Parameter parameter = Parameter.of(entry.getKey(), entry.getValue());
      if (parameter.name.equals("include")) {
        parameter.requireBrackets(0);
        for (String path : parameter.items()) {
          root.descend(parameter, path, true);
        }
      } else {
        others.add(parameter);
      }
    }
    // Includes first: the other parameters name included paths.
    for (Parameter parameter : others) {
      apply(root, parameter);
    }
    return root.toQuery();
  }

  private void apply(Level root, Parameter parameter) {
    switch (parameter.name) {
      case "attributes" -> {
        Level level = root.at(parameter, parameter.optionalPath());
        for (String item : parameter.items()) {
          String[] parts = item.split(":", -1);
          if (parts.length > 2 || (parts.length == 2 && !ALIAS.matcher(parts[1]).matches())) {
            throw ApiException.badRequest(parameter.key + ": '" + item
                + "' is not an attribute; write name or name:alias");
          }
          TableColumn<?, ?> column = level.readableColumn(parameter, parts[0], "selected");
          level.attributes.add(parts.length == 2 ? column.as(parts[1]) : column);
        }
      }
      case "exclude" -> {
        Level level = root.at(parameter, parameter.optionalPath());
        for (String item : parameter.items()) {
          level.excluded.add(level.column(parameter, item));
        }
      }
      case "order" -> {
        Level level = root.at(parameter, parameter.optionalPath());
        level.requireToMany(parameter);
        for (String item : parameter.items()) {
          boolean descending = item.startsWith("-");
          String name = descending ? item.substring(1) : item;
          TableColumn<?, ?> column = level.readableColumn(parameter, name, "ordered on");
          level.order.add(descending ? column.desc() : column.asc());
        }
      }
      case "limit" -> {
        Level level = root.at(parameter, parameter.optionalPath());
        level.requireToMany(parameter);
        level.limit = parameter.count();
        if (level.limit > MAX_LIMIT) {
          throw ApiException.badRequest(parameter.key + " must be at most " + MAX_LIMIT
              + " rows (got " + level.limit + "); page with offset");
        }
      }
      case "offset" -> {
        parameter.requireBrackets(0);
        root.offset = parameter.count();
      }
      case "where" -> where(root, parameter);
      default -> throw ApiException.badRequest("unknown query parameter '" + parameter.key
          + "'; use " + PARAMETERS);
    }
  }

  private void where(Level root, Parameter parameter) {
    if (parameter.brackets.isEmpty() || parameter.brackets.size() > 2) {
      throw ApiException.badRequest(parameter.key + ": write where[column]=value or "
          + "where[column][operator]=value");
    }
    String target = parameter.brackets.get(0);
    int dot = target.lastIndexOf('.');
    Level level = root.at(parameter, dot < 0 ? "" : target.substring(0, dot));
    TableColumn<?, ?> column = level.readableColumn(parameter, target.substring(dot + 1), "filtered on");
    String operator = parameter.brackets.size() == 2 ? parameter.brackets.get(1) : "eq";
    level.where.add(condition(parameter, column, operator, parameter.single()));
  }

  private static Condition<?> condition(Parameter parameter, TableColumn<?, ?> column, String operator,
      String text) {
    return switch (operator) {
      case "eq" -> compare(column, Operator.EQ, value(parameter, column, text));
      case "ne" -> compare(column, Operator.NE, value(parameter, column, text));
      case "gt" -> compare(column, Operator.GT, value(parameter, column, text));
      case "gte" -> compare(column, Operator.GTE, value(parameter, column, text));
      case "lt" -> compare(column, Operator.LT, value(parameter, column, text));
      case "lte" -> compare(column, Operator.LTE, value(parameter, column, text));
      case "like" -> {
        if (column.type() != ValueType.STRING) {
          throw ApiException.badRequest(parameter.key + ": like needs a string column, and "
              + column.table() + "." + column.property() + " is not one");
        }
        yield Condition.like(column, (String) value(parameter, column, text));
      }
      case "in", "notIn" -> {
        String[] items = text.split(",", -1);
        if (items.length > MAX_IN_VALUES) {
          throw ApiException.badRequest(parameter.key + ": at most " + MAX_IN_VALUES
              + " values (got " + items.length + ")");
        }
        List<Object> values = new ArrayList<>();
        for (String item : items) {
          values.add(value(parameter, column, item));
        }
        yield Condition.in(column, values, operator.equals("notIn"));
      }
      case "null" -> switch (text) {
        case "true" -> Condition.isNull(column, false);
        case "false" -> Condition.isNull(column, true);
        default -> throw ApiException.badRequest(parameter.key + " must be true or false");
      };
      default -> throw ApiException.badRequest(parameter.key + ": unknown operator '" + operator
          + "'; use eq, ne, gt, gte, lt, lte, like, in, notIn or null");
    };
  }

  private static <T> Condition<T> compare(TableColumn<T, ?> column, Operator operator,
      Object value) {
    return Condition.compare(column, operator, value);
  }

  private static Object value(Parameter parameter, TableColumn<?, ?> column, String text) {
    try {
      return Values.fromText(column.type(), text);
    } catch (Values.WrongType e) {
      throw ApiException.badRequest(parameter.key + ": " + column.table() + "."
          + column.property() + " " + e.getMessage() + " (got '" + text + "')");
    }
  }

  /** One query parameter: {@code name[bracket][bracket]} and its values. */
  private record Parameter(String key, String name, List<String> brackets, List<String> values) {
    static Parameter of(String key, List<String> values) {
      Matcher matcher = KEY.matcher(key);
      if (!matcher.matches()) {
        throw ApiException.badRequest("unknown query parameter '" + key + "'; use " + PARAMETERS);
      }
      List<String> brackets = new ArrayList<>();
      Matcher bracket = BRACKET.matcher(matcher.group(2));
      while (bracket.find()) {
        brackets.add(bracket.group(1));
      }
      return new Parameter(key, matcher.group(1), brackets, values);
    }

    void requireBrackets(int count) {
      if (brackets.size() != count) {
        throw ApiException.badRequest("unknown query parameter '" + key + "'; use " + PARAMETERS);
      }
    }

    /** The include path in brackets, or "" for the listed table itself. */
    String optionalPath() {
      if (brackets.size() > 1) {
        requireBrackets(1);
      }
      return brackets.isEmpty() ? "" : brackets.get(0);
    }

    /** The comma-separated items of every value; an empty item is an error. */
    List<String> items() {
      List<String> items = new ArrayList<>();
      for (String value : values) {
        for (String item : value.split(",", -1)) {
          if (item.isBlank()) {
            throw ApiException.badRequest(key + " has an empty item in '" + value + "'");
          }
          items.add(item.trim());
        }
      }
      return items;
    }

    String single() {
      if (values.size() != 1) {
        throw ApiException.badRequest(key + " is given " + values.size() + " times; give it once");
      }
      return values.get(0);
    }

    int count() {
      String text = single();
      try {
        int count = Integer.parseInt(text);
        if (count >= 0) {
          return count;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw ApiException.badRequest(key + " must be a whole number of rows, 0 or more (got '"
          + text + "')");
    }
  }

  /** The listed table or one include below it, with the options aimed at it. */
  private final class Level {
    final TableMeta<?> table;
    final Association<?, ?> association;
    final String path;
    final Map<String, Level> children = new LinkedHashMap<>();
    final List<Attribute<?>> attributes = new ArrayList<>();
    final List<TableColumn<?, ?>> excluded = new ArrayList<>();
    final List<Condition<?>> where = new ArrayList<>();
    final List<Order<?>> order = new ArrayList<>();
    Integer limit;
    Integer offset;

    Level(TableMeta<?> table, Association<?, ?> association, String path) {
      this.table = table;
      this.association = association;
      this.path = path;
    }

    /** The level of an include path; {@code create} adds missing levels (for include=). */
    Level descend(Parameter parameter, String dottedPath, boolean create) {
      Level level = this;
      StringBuilder walked = new StringBuilder();
      String[] names = dottedPath.split("\\.", -1);
      if (path.isEmpty() && names.length > MAX_INCLUDE_DEPTH) {
        throw ApiException.badRequest(parameter.key + ": '" + dottedPath + "' nests "
            + names.length + " includes; at most " + MAX_INCLUDE_DEPTH + " levels");
      }
      for (String name : names) {
        walked.append(walked.length() == 0 ? "" : ".").append(name);
        Association<?, ?> next = level.table.associationByName(name);
        if (next == null) {
          String known = level.table.associations().stream().map(Association::name)
              .collect(Collectors.joining(", "));
          throw ApiException.badRequest(parameter.key + ": unknown include '" + name + "' of "
              + level.table.name() + " (associations: " + (known.isEmpty() ? "none" : known) + ")");
        }
        Level child = level.children.get(name);
        if (child == null) {
          if (!create) {
            throw ApiException.badRequest(parameter.key + ": " + walked + " is not included; add "
                + "include=" + walked);
          }
          child = new Level(next.target(), next, walked.toString());
          level.children.put(name, child);
        }
        level = child;
      }
      return level;
    }

    Level at(Parameter parameter, String dottedPath) {
      return dottedPath.isEmpty() ? this : descend(parameter, dottedPath, false);
    }

    TableColumn<?, ?> column(Parameter parameter, String property) {
      TableColumn<?, ?> column = table.columnByProperty(property);
      if (column == null) {
        String known = table.columns().stream().filter(c -> !secrets.isSecret(c))
            .map(TableColumn::property).collect(Collectors.joining(", "));
        throw ApiException.badRequest(parameter.key + ": unknown attribute '" + property + "' of "
            + table.name() + " (attributes: " + known + ")");
      }
      return column;
    }

    TableColumn<?, ?> readableColumn(Parameter parameter, String property, String use) {
      TableColumn<?, ?> column = column(parameter, property);
      if (secrets.isSecret(column)) {
        throw ApiException.badRequest(parameter.key + ": " + table.name() + "." + property
            + " is write-only and cannot be " + use);
      }
      return column;
    }

    void requireToMany(Parameter parameter) {
      if (association != null && !association.toMany()) {
        throw ApiException.badRequest(parameter.key + ": " + path + " is a to-one association; "
            + "order and limit apply to the listed rows or to a to-many include");
      }
    }

    void finish() {
      if (!attributes.isEmpty() && !excluded.isEmpty()) {
        String at = path.isEmpty() ? "" : "[" + path + "]";
        throw ApiException.badRequest("attributes" + at + " and exclude" + at
            + " cannot be combined; use one of them");
      }
      // Write-only columns stay out of every answer unless the client chose the columns.
      if (attributes.isEmpty()) {
        for (TableColumn<?, ?> secret : secrets.of(table)) {
          if (!excluded.contains(secret)) {
            excluded.add(secret);
          }
        }
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <T> Query<T> toQuery() {
      finish();
      // Raw types from here on: every name was resolved on this level's table, so the
      // attributes, conditions and orders belong to it by construction.
      Query query = Query.all();
      if (!attributes.isEmpty()) query = query.attributes(attributes.toArray(new Attribute[0]));
      if (!excluded.isEmpty()) query = query.exclude(excluded.toArray(new TableColumn[0]));
      for (Condition condition : where) query = query.and(condition);
      if (!order.isEmpty()) query = query.orderBy(order.toArray(new Order[0]));
      // A list without limit gets a page of DEFAULT_LIMIT rows (it streams at constant memory
      // either way; the page bounds the time and bytes one request costs).
      query = query.limit(limit != null ? limit : DEFAULT_LIMIT);
      if (offset != null) query = query.offset(offset);
      for (Level child : children.values()) query = query.with(child.toInclude());
      return query;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Include toInclude() {
      finish();
      Include include = Include.of((Association) association);
      if (!attributes.isEmpty()) include = include.attributes(attributes.toArray(new Attribute[0]));
      if (!excluded.isEmpty()) include = include.exclude(excluded.toArray(new TableColumn[0]));
      if (!where.isEmpty()) {
        Condition all = where.size() == 1 ? where.get(0)
            : Condition.and(where.toArray(new Condition[0]));
        include = include.where(all);
      }
      if (!order.isEmpty()) include = include.orderBy(order.toArray(new Order[0]));
      if (limit != null) include = include.limit(limit);
      for (Level child : children.values()) include = include.include(child.toInclude());
      return include;
    }
  }
}
