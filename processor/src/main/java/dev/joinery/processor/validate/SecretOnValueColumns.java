package dev.joinery.processor.validate;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;

/**
 * {@code @Secret} only on a column that is not the {@code @Id}. The key is how a row is named in
 * URLs, includes and the SQL log; hiding it would hide which row a statement touched, and a
 * client could not address what it created. An association holds no value of its own: its
 * target's columns are what can be secret.
 */
final class SecretOnValueColumns implements Rule {
  private static final String SECRET = "dev.joinery.annotation.Secret";

  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (ColumnModel column : table.columns()) {
        if (column.secret() && column.id()) {
          report.error(Message.SECRET_KEY, Where.annotation(column.source(), SECRET), table,
              table.recordName(), column.property());
        }
      }
      for (AssociationModel association : table.associations()) {
        if (association.secret()) {
          report.error(Message.SECRET_ASSOCIATION, Where.annotation(association.source(), SECRET),
              table, table.recordName(), association.name(), targetName(association));
        }
      }
    }
  }

  /** The target record's simple name; "its target" when the type names none. */
  private static String targetName(AssociationModel association) {
    String target = association.targetQualifiedName();
    return target == null ? "its target" : target.substring(target.lastIndexOf('.') + 1);
  }
}
