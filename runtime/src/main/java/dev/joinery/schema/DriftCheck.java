package dev.joinery.schema;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists how an existing table differs from its model where {@code sync(ALTER)} adds nothing:
 * column type, length, nullability, unsignedness and default, and foreign-key rules. The model's
 * side is what the dialect would write ({@link Dialect#columnType}), so the comparison is exactly
 * "would Joinery have made this column so". A timestamp's or time's length is the fractional
 * digits it holds, compared as numbers: a model that leaves them to the database
 * ({@code TIMESTAMP WITH TIME ZONE}) matches PostgreSQL's {@code timestamp with time zone(6)}.
 */
final class DriftCheck {
  private final Dialect dialect;

  DriftCheck(Dialect dialect) {
    this.dialect = dialect;
  }

  List<Drift> check(TableDef table, LiveCatalog.Table live) {
    List<Drift> drift = new ArrayList<>();
    for (ColumnDef column : table.columns()) {
      LiveColumn existing = live.columnsByName().get(column.name());
      if (existing != null) column(table, column, existing, drift);
    }
    for (ForeignKeyDef foreignKey : table.foreignKeys()) {
      for (LiveCatalog.ForeignKey existing : live.foreignKeys()) {
        if (existing.columns().equals(foreignKey.columns())
            && existing.referencedTable().equals(foreignKey.referencedTable())) {
          rule(table, foreignKey, "ON DELETE", foreignKey.onDelete(), existing.deleteRule(), drift);
          rule(table, foreignKey, "ON UPDATE", foreignKey.onUpdate(), existing.updateRule(), drift);
        }
      }
    }
    return drift;
  }

  private void column(TableDef table, ColumnDef column, LiveColumn live, List<Drift> drift) {
    String modelType = dialect.columnType(column);
    SqlTypes.Shape model = SqlTypes.parse(modelType);
    SqlTypes.Shape existing = SqlTypes.parse(live.type());
    if (!model.base().equals(existing.base())) {
      drift.add(new Drift(Drift.Kind.TYPE, table.name(), column.name(), modelType, live.type()));
    } else if (model.unsigned() != existing.unsigned()) {
      drift.add(new Drift(Drift.Kind.UNSIGNED, table.name(), column.name(), modelType, live.type()));
    } else if (FractionalSeconds.applies(column.type())
        ? dialect.fractionalDigits(column) != live.fractionalDigits()
        : !model.comparableSizes().isEmpty() && !existing.comparableSizes().isEmpty()
            && !model.comparableSizes().equals(existing.comparableSizes())) {
      drift.add(new Drift(Drift.Kind.LENGTH, table.name(), column.name(), modelType, live.type()));
    }
    // The DDL makes key and auto-increment columns NOT NULL whatever the component says.
    boolean nullable = column.nullable() && !column.autoIncrement()
        && !table.primaryKey().contains(column.name());
    if (nullable != live.nullable()) {
      drift.add(new Drift(Drift.Kind.NULLABILITY, table.name(), column.name(),
          nullable ? "NULL" : "NOT NULL", live.nullable() ? "NULL" : "NOT NULL"));
    }
    // An identity's or AUTO_INCREMENT's default is the database's own (a sequence, or none).
    if (!column.autoIncrement() && !sameDefault(column, live.defaultValue())) {
      drift.add(new Drift(Drift.Kind.DEFAULT, table.name(), column.name(),
          column.defaultValue() == null ? "no default" : "DEFAULT " + column.defaultValue(),
          live.defaultValue() == null ? "no default" : "DEFAULT " + live.defaultValue()));
    }
  }

  private void rule(TableDef table, ForeignKeyDef foreignKey, String which,
      ReferentialAction model, int live, List<Drift> drift) {
    ReferentialAction existing = action(live);
    if (existing == model) return;
    // MySQL/MariaDB check both at once, so RESTRICT and NO ACTION are the same rule there.
    boolean sameOnMySql = dialect.name().equals("mysql") && restrictive(model) && restrictive(existing);
    if (!sameOnMySql) {
      drift.add(new Drift(Drift.Kind.FOREIGN_KEY_RULE, table.name(), foreignKey.name(),
          which + " " + model.sql(), which + " " + (existing == null ? "?" : existing.sql())));
    }
  }

  private static boolean restrictive(ReferentialAction action) {
    return action == ReferentialAction.RESTRICT || action == ReferentialAction.NO_ACTION;
  }

  private static ReferentialAction action(int rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
      case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
      case DatabaseMetaData.importedKeyNoAction -> ReferentialAction.NO_ACTION;
      default -> null; // SET DEFAULT, which Joinery never writes: always reported
    };
  }

  /**
   * Defaults compared as values: the catalog's text without PostgreSQL's {@code ::type} casts,
   * MySQL's expression parentheses or string quotes; numbers by value, booleans by truth.
   */
  private static boolean sameDefault(ColumnDef column, String live) {
    String model = column.defaultValue();
    String value = live == null ? null : unwrap(live);
    // An explicit DEFAULT NULL (PostgreSQL keeps Sequelize's as NULL::character varying) is none.
    if (value != null && value.equalsIgnoreCase("NULL")) value = null;
    if (model == null || value == null) return model == null && value == null;
    if (column.type() == dev.joinery.meta.ValueType.BOOLEAN) {
      return truth(model) != null && truth(model).equals(truth(value));
    }
    try {
      return new BigDecimal(model.trim()).compareTo(new BigDecimal(value)) == 0;
    } catch (NumberFormatException notNumbers) {
      return model.equals(value);
    }
  }

  private static String unwrap(String expression) {
    String value = expression.trim();
    int cast = value.lastIndexOf("::");
    if (cast > 0 && !value.endsWith("'")) value = value.substring(0, cast);
    while (value.length() > 1 && value.startsWith("(") && value.endsWith(")")) {
      value = value.substring(1, value.length() - 1).trim();
    }
    if (value.length() > 1 && value.startsWith("'") && value.endsWith("'")) {
      value = value.substring(1, value.length() - 1).replace("''", "'");
    }
    return value;
  }

  private static Boolean truth(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "b'1'" -> Boolean.TRUE;
      case "false", "0", "b'0'" -> Boolean.FALSE;
      default -> null;
    };
  }
}
