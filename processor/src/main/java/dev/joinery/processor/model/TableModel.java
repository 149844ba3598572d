package dev.joinery.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Table} record as read from its elements: the node the validate and render stages
 * work on. Immutable; holds no JavaPoet types.
 *
 * @param source the record element and its {@code @Table} annotation (value: the table name)
 * @param packageName package of the record
 * @param simpleNames simple names from the outermost class to the record (nested records allowed)
 * @param isRecord false when {@code @Table} sits on something else (reported by validation)
 * @param tableName the table name, given or derived by {@code naming}
 * @param naming how this record names what the user did not name (the {@code @Table(naming)} or
 *     the compilation's default); columns are already named by it, junction keys are named by it
 *     in the bind stage
 * @param components every record component in declaration order (columns and associations)
 * @param columns the components that are columns, in declaration order
 * @param associations the components that are associations, in declaration order
 * @param indexes the {@code @Index} annotations of the record
 */
public record TableModel(
    SourceRef source,
    String packageName,
    List<String> simpleNames,
    boolean isRecord,
    String tableName,
    NamingMode naming,
    List<ComponentModel> components,
    List<ColumnModel> columns,
    List<AssociationModel> associations,
    List<IndexModel> indexes) {

  public TableModel {
    simpleNames = List.copyOf(simpleNames);
    components = List.copyOf(components);
    columns = List.copyOf(columns);
    associations = List.copyOf(associations);
    indexes = List.copyOf(indexes);
  }

  /** The record's simple name ({@code Customer}). */
  public String recordName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The record's canonical name, the key by which associations refer to it. */
  public String qualifiedName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  public Optional<ColumnModel> column(String property) {
    return columns.stream().filter(c -> c.property().equals(property)).findFirst();
  }

  public Optional<ColumnModel> primaryKey() {
    return columns.stream().filter(ColumnModel::id).findFirst();
  }
}
