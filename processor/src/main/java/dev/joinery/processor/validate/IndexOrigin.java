package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.processor.bind.TableIndex;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;

/**
 * How the messages about an index's name speak of it: the declaration that asks for the index
 * (an {@code @Index}, a {@code @Column(unique = true)}, a hasOne), where to put the caret, which
 * record to charge, and how to give the index another name. Only an {@code @Index} takes a name,
 * so the other two are told to become one.
 */
final class IndexOrigin {
  private IndexOrigin() {}

  /** The position of the declaration: under {@code name} when written. */
  static SourceRef where(TableIndex index) {
    if (index.origin() instanceof TableIndex.Declared declared) {
      return Where.member(declared.index().source(), "name");
    }
    if (index.origin() instanceof TableIndex.UniqueColumn unique) {
      return Where.member(unique.column().source(), "unique");
    }
    if (index.origin() instanceof TableIndex.ThroughPair pair) {
      return Where.member(pair.junction().association().source(), "throughRecord");
    }
    return foreignKey(index).association().source().at((AnnotationValue) null);
  }

  /** The record whose declaration asks for the index (the association's source, not the table holding the key). */
  static TableModel owner(TableIndex index) {
    if (index.origin() instanceof TableIndex.ThroughPair pair) {
      return pair.junction().source();
    }
    return index.origin() instanceof TableIndex.ForeignKeyColumn key ? key.link().source() : index.table();
  }

  /**
   * "@Index(columns = "name") on Tag", "@Column(unique = true) on Tag.name", "@HasOne
   * Customer.address on Address.customerId".
   */
  static String describe(TableIndex index) {
    TableModel table = index.table();
    if (index.origin() instanceof TableIndex.Declared declared) {
      return "@Index(columns = " + columns(declared.index().components()) + ") on "
          + table.recordName();
    }
    if (index.origin() instanceof TableIndex.UniqueColumn unique) {
      return "@Column(unique = true) on " + table.recordName() + "." + unique.column().property();
    }
    if (index.origin() instanceof TableIndex.ThroughPair pair) {
      return "@BelongsToMany " + pair.junction().source().recordName() + "."
          + pair.junction().association().name() + " through " + table.recordName();
    }
    Link link = foreignKey(index);
    return "@" + annotationName(link) + " " + link.source().recordName() + "." + link.association().name()
        + " on " + table.recordName() + "." + link.foreignKeyName();
  }

  /** What to write to give the index another name. */
  static String rename(TableIndex index) {
    TableModel table = index.table();
    if (index.origin() instanceof TableIndex.Declared) {
      return "name it with @Index(name = \"...\")";
    }
    if (index.origin() instanceof TableIndex.ThroughPair pair) {
      return "declare it on " + table.recordName() + " as @Index(columns = {\""
          + pair.junction().sourceLink().orElseThrow().foreignKey().property() + "\", \""
          + pair.junction().targetLink().orElseThrow().foreignKey().property()
          + "\"}, unique = true, name = \"...\"), which replaces the generated one";
    }
    String component = index.origin() instanceof TableIndex.UniqueColumn unique
        ? unique.column().property() : foreignKey(index).foreignKeyName();
    String declaration = "@Index(columns = \"" + component + "\"" + (index.unique()
        ? ", unique = true" : "") + ", name = \"...\")";
    if (index.origin() instanceof TableIndex.UniqueColumn) {
      return "declare it as " + declaration + " on " + table.recordName()
          + " instead of @Column(unique = true)";
    }
    return "declare it on " + table.recordName() + " as " + declaration
        + ", which replaces the generated one";
  }

  private static String annotationName(Link link) {
    return switch (link.association().kind()) {
      case HAS_ONE -> "HasOne";
      case HAS_MANY -> "HasMany";
      case BELONGS_TO -> "BelongsTo";
      case BELONGS_TO_MANY -> "BelongsToMany";
    };
  }

  private static Link foreignKey(TableIndex index) {
    return ((TableIndex.ForeignKeyColumn) index.origin()).link();
  }

  /** Components as written in {@code @Index(columns)}: {@code "a"} or {@code {"a", "b"}}. */
  private static String columns(List<String> components) {
    String quoted = components.stream().map(c -> "\"" + c + "\"")
        .collect(Collectors.joining(", "));
    return components.size() == 1 ? quoted : "{" + quoted + "}";
  }
}
