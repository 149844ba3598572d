package dev.joinery.jackson;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Include;
import java.util.ArrayList;
import java.util.List;

/**
 * The includes of a nested create read off the record itself: every association that holds a
 * record or a list, to any depth (Sequelize's {@code create({…, story: {…}}, {include: 'story'})},
 * with the include written by the data). The elements of a to-many list may nest different
 * associations; the include covers them all.
 *
 * <pre>{@code
 * Author author = mapper.readValue(body, Author.class);
 * authors.create(author, NestedIncludes.of(AuthorTable.INSTANCE, author));
 * }</pre>
 */
public final class NestedIncludes {
  private NestedIncludes() {}

  /** The includes that save every association {@code row} holds. */
  public static <T> List<Include<T, ?>> of(TableMeta<T> table, T row) {
    return of(table, List.of(row));
  }

  private static <T> List<Include<T, ?>> of(TableMeta<T> table, List<T> rows) {
    List<Include<T, ?>> includes = new ArrayList<>();
    for (Association<T, ?> association : table.associations()) {
      Include<T, ?> include = include(association, rows);
      if (include != null) {
        includes.add(include);
      }
    }
    return includes;
  }

  /** The include of {@code association} if any row holds it, with what its values hold. */
  private static <T, A> Include<T, A> include(Association<T, A> association, List<T> rows) {
    List<A> values = new ArrayList<>();
    boolean held = false;
    for (T row : rows) {
      if (association.toMany()) {
        List<A> many = association.getMany(row);
        if (many != null) {
          held = true;
          values.addAll(many);
        }
      } else {
        A one = association.getOne(row);
        if (one != null) {
          held = true;
          values.add(one);
        }
      }
    }
    if (!held) {
      return null;
    }
    Include<T, A> include = Include.of(association);
    for (Include<A, ?> nested : of(association.target(), values)) {
      include = include.include(nested);
    }
    return include;
  }
}
