package dev.joinery.internal;

import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Attribute;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.Order;
import dev.joinery.query.Query;
import java.util.List;

/**
 * What one level of a find selects: the options of a {@link Query} (the root level) or of an
 * {@link Include} (a to-many level), in one untyped shape so the renderer handles both alike.
 *
 * @param limit rows of the level (root) or rows per parent (a to-many include), or null
 * @param offset rows to skip (root only), or null
 */
record Selection(
    TableMeta<?> table,
    List<? extends Attribute<?>> attributes,
    List<? extends TableColumn<?, ?>> excluded,
    Condition<?> where,
    List<? extends Order<?>> order,
    List<? extends Include<?, ?>> includes,
    Integer limit,
    Integer offset) {

  static Selection of(TableMeta<?> table, Query<?> query) {
    return new Selection(table, query.attributes(), query.excluded(), query.where(),
        query.order(), query.includes(), query.limit(), query.offset());
  }

  /** The rows of a to-many include; its limit counts per parent. */
  static Selection of(Include<?, ?> include) {
    return new Selection(include.association().target(), include.attributes(),
        include.excluded(), include.where(), include.order(), include.includes(),
        include.limit(), null);
  }

  Selection withWhere(Condition<?> condition) {
    return new Selection(table, attributes, excluded, condition, order, includes, limit, offset);
  }

  Selection withPaging(Integer newLimit, Integer newOffset) {
    return new Selection(table, attributes, excluded, where, order, includes, newLimit, newOffset);
  }
}
