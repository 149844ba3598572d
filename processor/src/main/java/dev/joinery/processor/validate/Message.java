package dev.joinery.processor.validate;

/**
 * The catalog of every error the validate stage reports, and of the one note the processor adds
 * to them ({@link #STOPPED_BY_ERRORS}). Each constant has a stable tag (printed
 * as {@code [joinery:tag]}, safe to search for in build logs and documentation) and a text that
 * says what is wrong and what to write instead.
 *
 * <p>Texts are {@link String#format} templates; the rule that reports a message passes the
 * arguments in the order the template numbers them. Keeping every text here, rather than in the
 * rules, lets the wording be reviewed in one place and lets a test check that each message has a
 * negative test.
 */
public enum Message {
  // --- the record itself -------------------------------------------------------------------
  /** Args: record, kind of the annotated type ("class", "interface", ...). */
  TABLE_NOT_RECORD("table-not-record",
      "@Table on %1$s, which is %2$s; Joinery tables are records: write `record %1$s(...)` with one"
          + " component per column"),
  /** Args: record. */
  MISSING_ID("missing-id",
      "%1$s has no @Id component; mark its primary key, e.g. `@Id @AutoIncrement Long id`"),
  /** Args: record, component, every @Id component. */
  DUPLICATE_ID("duplicate-id",
      "%1$s.%2$s is a second @Id (%1$s has @Id on %3$s); Joinery keys a table by one component:"
          + " keep @Id on one and make the others unique with @Column(unique = true) or"
          + " @Index(columns = {...}, unique = true)"),
  /** Args: record, component, type. */
  UNSUPPORTED_TYPE("unsupported-type",
      "%1$s.%2$s has type %3$s, which Joinery cannot store in a column; use String, boolean, byte,"
          + " short, int, long, float, double (or their wrappers), BigDecimal, Instant,"
          + " LocalDateTime, LocalDate, LocalTime, UUID, byte[] or an enum"),
  /** Args: the private type, record, generated table class, generated DAO class. */
  PRIVATE_TABLE("private-table",
      "%2$s is out of reach of the %3$s and %4$s that Joinery generates beside it, because %1$s"
          + " is private; remove `private` from %1$s (package-private is enough)"),
  /** Args: annotation, where it sits ("accessor Tag.name()", ...), what to do instead. */
  ANNOTATION_NOT_ON_COMPONENT("annotation-not-on-component",
      "@%1$s on %2$s is ignored: Joinery reads its annotations from the record components only;"
          + " %3$s"),
  /** Args: record, component, type, suggested annotations. */
  MISSING_ASSOCIATION("missing-association",
      "%1$s.%2$s has type %3$s, a @Table record, which is not a column; annotate it %4$s"),

  /** Args: the option's value. */
  NAMING_OPTION("naming-option",
      "-Ajoinery.naming=%1$s names no naming mode; write -Ajoinery.naming=snake_case (the"
          + " default: user_profiles, first_name) or -Ajoinery.naming=sequelize (UserProfiles,"
          + " firstName)"),

  // --- column facts ------------------------------------------------------------------------
  /** Args: record, component, what is wrong ("a String", "not the @Id", ...), the fix. */
  AUTO_INCREMENT_TYPE("auto-increment-type",
      "@AutoIncrement on %1$s.%2$s needs an @Id of type Long, Integer or Short, but %2$s is %3$s;"
          + " %4$s"),
  /** Args: record, component, type. */
  UUID_V4_TYPE("uuid-v4-type",
      "@UuidV4 on %1$s.%2$s needs a java.util.UUID component, but it is %3$s; write `UUID %2$s`"),
  /** Args: annotation, record, component, type. */
  TIMESTAMP_TYPE("timestamp-type",
      "@%1$s on %2$s.%3$s needs an Instant or LocalDateTime component, but it is %4$s; write"
          + " `Instant %3$s`"),
  /** Args: precision, record, component. */
  FRACTIONAL_DIGITS("fractional-digits",
      "precision = %1$d on %2$s.%3$s asks for %1$d fractional digits of seconds; a timestamp keeps"
          + " 0 (whole seconds) to 6 (microseconds): write a precision from 0 to 6, or"
          + " Column.DATABASE_PRECISION for what the database gives the type without digits"),
  /** Args: annotation, record, component, every component with it, the component to keep it on. */
  DUPLICATE_TIMESTAMP("duplicate-timestamp",
      "@%1$s on %2$s.%3$s is a second @%1$s (%2$s has @%1$s on %4$s), and both columns would"
          + " always hold the same time; keep @%1$s on %5$s only and remove it from %3$s"),
  /** Args: record, component, type. */
  VERSION_TYPE("version-type",
      "@Version on %1$s.%2$s counts the row's versions and needs an int, long, Integer or Long"
          + " component, but it is %3$s; write `int %2$s`"),
  /** Args: record, component. */
  VERSION_ON_ID("version-on-id",
      "@Version on %1$s.%2$s, which is the @Id: an update finds the row by its key and moves the"
          + " version, so the key would change with every write; keep %2$s the key and count"
          + " versions in a component of their own, `@Version int version`"),
  /** Args: record, component, every component with it, the component to keep it on. */
  DUPLICATE_VERSION("duplicate-version",
      "@Version on %1$s.%2$s is a second @Version (%1$s has @Version on %3$s), and a row has one"
          + " version counter; keep @Version on %4$s only and remove it from %2$s"),
  /** Args: record, component, what makes it NOT NULL, the fix. */
  DELETED_AT_NOT_NULL("deleted-at-not-null",
      "@DeletedAt on %1$s.%2$s marks soft-deleted rows and must be NULL on every live row, but"
          + " %3$s makes it NOT NULL; %4$s"),
  /** Args: annotation, record, component, type. */
  VALIDATION_TYPE("validation-type",
      "@%1$s on %2$s.%3$s validates text and needs a String component, but it is %4$s; make it"
          + " `String %3$s` or remove @%1$s"),
  /** Args: record, component, type. */
  UNSIGNED_TYPE("unsigned-type",
      "@Column(unsigned = true) on %1$s.%2$s needs a byte, short, int or long component (or its"
          + " wrapper), but it is %3$s; remove unsigned"),
  /** Args: record, component, type. */
  LENGTH_TYPE("length-type",
      "@Column(length) on %1$s.%2$s sets a VARCHAR length, but %2$s is %3$s, not a String or an"
          + " enum; remove length"),
  /** Args: record, component, type. */
  TEXT_TYPE("text-type",
      "@Column(text = true) on %1$s.%2$s stores a String as TEXT, but %2$s is %3$s; remove text"),
  /** Args: record, component, type. */
  COLLATION_TYPE("collation-type",
      "@Column(collation) on %1$s.%2$s applies to String, enum and UUID columns, but %2$s is %3$s;"
          + " remove collation"),
  /** Args: record, component, member (precision or scale), type. */
  DECIMAL_TYPE("decimal-type",
      "@Column(%3$s) on %1$s.%2$s applies to BigDecimal columns, but %2$s is %4$s; make it"
          + " `BigDecimal %2$s` or remove %3$s"),
  /** Args: member (min or max), value, record, component. */
  LENGTH_NEGATIVE("length-negative",
      "@Length(%1$s = %2$d) on %3$s.%4$s is negative, and no text is shorter than 0 characters;"
          + " write %1$s = 0 or more"),
  /** Args: record, component, min, max. */
  LENGTH_MIN_OVER_MAX("length-min-over-max",
      "@Length(min = %3$d, max = %4$d) on %1$s.%2$s accepts no text, since min is greater than"
          + " max; make min at most max"),
  /** Args: length, record, component. */
  COLUMN_LENGTH_NEGATIVE("column-length-negative",
      "@Column(length = %1$d) on %2$s.%3$s is negative; write a VARCHAR length from 1 to 16383,"
          + " or leave length out for 255"),
  /** Args: length, record, component, fix. */
  COLUMN_LENGTH_TOO_LONG("column-length-too-long",
      "@Column(length = %1$d) on %2$s.%3$s is more than 16383, the longest VARCHAR MySQL can"
          + " create in utf8mb4 (4 bytes a character, 65535 bytes at most); %4$s"),
  /** Args: precision, record, component. */
  DECIMAL_PRECISION_NEGATIVE("decimal-precision-negative",
      "precision = %1$d on %2$s.%3$s is negative, but a DECIMAL has at least one digit (only a"
          + " timestamp or time leaves its digits to the database, Column.DATABASE_PRECISION);"
          + " write a precision of 1 or more, or leave precision out for 19"),
  /** Args: record, component, precision, scale. */
  DECIMAL_SCALE("decimal-scale",
      "@Column on %1$s.%2$s makes DECIMAL(%3$d,%4$d), whose scale %4$d is more than its precision"
          + " %3$d (the digits after the point count in the precision); make scale at most %3$d"
          + " or precision at least %4$d"),
  /** Args: record, component. */
  SECRET_KEY("secret-key",
      "@Secret on %1$s.%2$s marks the @Id, which names the row in URLs, includes and SQL logs and"
          + " so cannot be hidden; remove @Secret, and keep the secret in a column of its own"),
  /** Args: record, component, target record. */
  SECRET_ASSOCIATION("secret-association",
      "@Secret on %1$s.%2$s marks an association, which holds no value of its own; remove it and"
          + " mark the secret columns of %3$s with @Secret instead"),
  /** Args: value, record, component, type, what to write instead. */
  DEFAULT_VALUE_TYPE("default-value",
      "@Column(defaultValue = \"%1$s\") on %2$s.%3$s is not a valid default for %4$s; %5$s"),

  // --- names -------------------------------------------------------------------------------
  /** Args: table name, record, record already using the name. */
  DUPLICATE_TABLE("duplicate-table",
      "table name \"%1$s\" of %2$s is already the table of %3$s; give one of them another name"
          + " with @Table(\"...\")"),
  /** Args: JSON name, record, component, component already using the key. */
  DUPLICATE_JSON_NAME("duplicate-json-name",
      "@JsonName(\"%1$s\") on %2$s.%3$s is already the JSON key of %2$s.%4$s; give %3$s"
          + " another key, or move the name with @JsonName on %4$s too"),
  /** Args: column name, record, component, component already using the name, table. */
  DUPLICATE_COLUMN("duplicate-column",
      "column name \"%1$s\" of %2$s.%3$s is already the column of %2$s.%4$s in table %5$s;"
          + " rename one with @Column(name = \"...\")"),

  // --- name lengths ------------------------------------------------------------------------
  /** Args: table name, record, length in bytes. */
  TABLE_NAME_TOO_LONG("table-name-too-long",
      "table name \"%1$s\" of %2$s is %3$d bytes long, more than the 63 PostgreSQL keeps (it"
          + " cuts the rest silently; MySQL refuses more than 64): choose a shorter name with"
          + " @Table(\"...\")"),
  /** Args: column name, record, component, length in bytes. */
  COLUMN_NAME_TOO_LONG("column-name-too-long",
      "column name \"%1$s\" of %2$s.%3$s is %4$d bytes long, more than the 63 PostgreSQL keeps"
          + " (it cuts the rest silently; MySQL refuses more than 64): choose a shorter name with"
          + " @Column(name = \"...\")"),
  /** Args: index name, what declares the index, length in bytes, how to rename it. */
  INDEX_NAME_TOO_LONG("index-name-too-long",
      "index name \"%1$s\" of %2$s is %3$d bytes long, more than the 63 PostgreSQL keeps (it"
          + " cuts the rest silently; MySQL refuses more than 64): %4$s"),
  /** Args: constraint name, annotation, record, component, length in bytes. */
  CONSTRAINT_NAME_TOO_LONG("constraint-name-too-long",
      "foreign-key constraint name \"%1$s\" of @%2$s %3$s.%4$s is %5$d bytes long, more than the"
          + " 63 PostgreSQL keeps (it cuts the rest silently; MySQL refuses more than 64): name it"
          + " with uniqueKey = \"...\""),
  /** Args: which name, the name, record, component, length in bytes, how to shorten it. */
  JUNCTION_NAME_TOO_LONG("junction-name-too-long",
      "%1$s \"%2$s\" of @BelongsToMany %3$s.%4$s is %5$d bytes long, more than the 63 PostgreSQL"
          + " keeps (it cuts the rest silently; MySQL refuses more than 64): %6$s"),

  // --- indexes -----------------------------------------------------------------------------
  /** Args: record, component named, column components. */
  UNKNOWN_INDEX_COLUMN("unknown-index-column",
      "%1$s has no column component \"%2$s\" for @Index(columns); columns of %1$s: %3$s"),
  /** Args: record, example component. */
  EMPTY_INDEX("empty-index",
      "@Index on %1$s names no columns; list the components to index, e.g."
          + " @Index(columns = \"%2$s\")"),
  /** Args: index name, what declares the index, what already has the name, how to rename. */
  DUPLICATE_INDEX_NAME("duplicate-index-name",
      "index name \"%1$s\" of %2$s is already the name of %3$s; an index name must be unique in"
          + " the whole schema (PostgreSQL and H2; in PostgreSQL among table names too): %4$s"),
  /**
   * Args: constraint name, what declares the constraint, what already has the name, how to
   * rename.
   */
  DUPLICATE_CONSTRAINT_NAME("duplicate-constraint-name",
      "foreign-key constraint name \"%1$s\" of %2$s is already the name of %3$s; a constraint"
          + " name must be unique in the whole schema (MySQL and H2): %4$s"),

  // --- associations: shape and target ------------------------------------------------------
  /** Args: annotation, record, component, type, element type, to-one annotation. */
  TO_MANY_NOT_LIST("to-many-not-list",
      "@%1$s on %2$s.%3$s needs a List<T> component, but its type is %4$s; write"
          + " `List<%5$s> %3$s`, or use @%6$s for a single %5$s"),
  /** Args: annotation, record, component, type, element type, to-many annotation. */
  TO_ONE_ON_LIST("to-one-on-list",
      "@%1$s on %2$s.%3$s needs a single record, but its type is %4$s; write `%5$s %3$s`, or use"
          + " @%6$s for a list"),
  /** Args: annotation, record, component, type, record type. */
  WILDCARD_LIST("wildcard-list",
      "@%1$s on %2$s.%3$s has type %4$s, but Joinery fills the list with %5$s records it"
          + " creates itself; write `List<%5$s> %3$s`"),
  /** Args: annotation, record, component, type. */
  RAW_LIST("raw-list",
      "@%1$s on %2$s.%3$s has type %4$s, which does not say what it holds; write `List<R> %3$s`"
          + " with R the @Table record the association loads"),
  /** Args: annotation, record, component, type, record type. */
  TO_ONE_WRAPPED("to-one-wrapped",
      "@%1$s on %2$s.%3$s needs the record itself, but its type is %4$s; write `%5$s %3$s`,"
          + " which is null when there is no %5$s"),
  /** Args: annotation, record, component, target type. */
  TARGET_NOT_TABLE("target-not-table",
      "@%1$s on %2$s.%3$s points at %4$s, which is not a @Table record; annotate %4$s with"
          + " @Table or point the association at a @Table record"),

  // --- associations: keys ------------------------------------------------------------------
  /** Args: holder record, key, annotation, record, component, column components of holder. */
  UNKNOWN_FOREIGN_KEY("unknown-foreign-key",
      "%1$s has no component \"%2$s\" for @%3$s(foreignKey) of %4$s.%5$s; components of %1$s:"
          + " %6$s"),
  /**
   * Args: holder record, default key, annotation, record, component, key type, column components
   * of holder.
   */
  MISSING_FOREIGN_KEY("missing-foreign-key",
      "%1$s has no component \"%2$s\", the default foreign key of @%3$s %4$s.%5$s; add"
          + " `%6$s %2$s` to %1$s or set foreignKey to one of its components: %7$s"),
  /** Args: record holding the key, key, annotation, member, record, component, columns. */
  UNKNOWN_REFERENCED_KEY("unknown-referenced-key",
      "%1$s has no component \"%2$s\" for @%3$s(%4$s) of %5$s.%6$s; components of %1$s: %7$s"),
  /** Args: record, key, annotation, member, record of association, component, columns. */
  KEY_NOT_COLUMN("key-not-column",
      "%1$s.%2$s is an association, not a column, so it cannot be the %4$s of @%3$s %5$s.%6$s;"
          + " name a column component of %1$s: %7$s"),
  /**
   * Args: holder record, foreign key, its type, referenced record, referenced key, its type,
   * annotation, record, component, type to declare.
   */
  FOREIGN_KEY_TYPE("foreign-key-type",
      "foreign key %1$s.%2$s is %3$s but references %4$s.%5$s, which is %6$s (@%7$s %8$s.%9$s);"
          + " declare `%10$s %2$s`"),
  /** Args: annotation, member, key, record, component, referenced record. */
  REFERENCED_KEY_NOT_UNIQUE("referenced-key-not-unique",
      "@%1$s(%2$s = \"%3$s\") of %4$s.%5$s references %6$s.%3$s, which is neither @Id nor"
          + " unique, and databases refuse a foreign key to a non-unique column; mark it"
          + " `@Column(unique = true)` or reference the @Id of %6$s"),
  /** Args: member, annotation, record, component, holder record, key, why NOT NULL, fix. */
  SET_NULL_ON_NOT_NULL("set-null-not-null",
      "%1$s = SET_NULL on @%2$s %3$s.%4$s cannot work: foreign key %5$s.%6$s is NOT NULL (%7$s);"
          + " %8$s, or choose CASCADE, RESTRICT or NO_ACTION"),
  /** Args: the cycle, the fix. */
  NOT_NULL_CYCLE("not-null-cycle",
      "NOT NULL foreign keys form a cycle that no insert order can satisfy: %1$s; make one of"
          + " them nullable: %2$s"),

  // --- associations: inverse pairs ---------------------------------------------------------
  /** Args: record, component, key, inverse annotation, inverse record, inverse component, key. */
  INVERSE_FOREIGN_KEY("inverse-foreign-key",
      "@BelongsTo %1$s.%2$s has foreignKey \"%3$s\" but its inverse @%4$s %5$s.%6$s has"
          + " foreignKey \"%7$s\"; both sides describe one link, so write the same foreignKey"
          + " on both"),
  /**
   * Args: record, component, target key, inverse annotation, inverse record, inverse component,
   * source key, foreign key.
   */
  INVERSE_REFERENCED_KEY("inverse-referenced-key",
      "@BelongsTo %1$s.%2$s references %3$s but its inverse @%4$s %5$s.%6$s references %7$s"
          + " through the same foreign key \"%8$s\"; make targetKey and sourceKey name the same"
          + " component"),
  /**
   * Args: record, component, member, value, inverse annotation, inverse record, inverse
   * component, inverse value, foreign key.
   */
  INVERSE_ACTION("inverse-action",
      "@BelongsTo %1$s.%2$s says %3$s = %4$s but its inverse @%5$s %6$s.%7$s says %3$s = %8$s"
          + " for the same foreign key \"%9$s\"; keep one value, or leave one side DEFAULT so it"
          + " follows the other"),

  // --- the round ---------------------------------------------------------------------------
  /**
   * A note, not an error. Args: record, its table class, its DAO class, the records with errors
   * it depends on.
   */
  STOPPED_BY_ERRORS("stopped-by-errors",
      "%1$s generates no %2$s or %3$s: its associations depend on %4$s, whose errors stop code"
          + " generation; fix the errors reported on %4$s"),

  /**
   * Args: annotation, record, component, other annotation, other component, holder, foreign
   * key, the fix.
   */
  SHARED_FOREIGN_KEY("shared-foreign-key",
      "@%1$s %2$s.%3$s and @%4$s %2$s.%5$s both use foreign key %6$s.%7$s, so they are one link"
          + " and load the same rows; to give %2$s.%3$s rows of its own, %8$s, or remove one of"
          + " the two"),

  // --- generated DAO methods -------------------------------------------------------------
  /**
   * Args: annotation, record, component, DAO, shared method names, other annotation, other
   * component.
   */
  MIXIN_CLASH("mixin-clash",
      "@%1$s %2$s.%3$s and @%6$s %2$s.%7$s both generate %5$s in %4$s; rename one of the two"
          + " components, whose names the DAO methods are built from"),
  /** Args: annotation, record, component, DAO, method names, declaring interfaces. */
  MIXIN_INHERITED("mixin-inherited",
      "@%1$s %2$s.%3$s generates %5$s in %4$s, a name every DAO already has from %6$s; rename"
          + " the component, whose name the DAO methods are built from"),

  // --- belongsToMany -----------------------------------------------------------------------
  /** Args: record, component, suggested junction name. */
  EMPTY_THROUGH("empty-through",
      "@BelongsToMany(through) of %1$s.%2$s is empty; name the junction table, e.g."
          + " through = \"%3$s\""),
  /** Args: record, component, through, inverse record, inverse component, inverse through. */
  JUNCTION_THROUGH_MISMATCH("junction-through-mismatch",
      "@BelongsToMany %1$s.%2$s goes through \"%3$s\" but its inverse %4$s.%5$s goes through"
          + " \"%6$s\"; both sides of a many-to-many name the same junction table"),
  /**
   * Args: record, component, inverse record, inverse component, through, foreignKey, otherKey,
   * inverse foreignKey, inverse otherKey.
   */
  JUNCTION_KEYS_MISMATCH("junction-keys-mismatch",
      "@BelongsToMany %1$s.%2$s and %3$s.%4$s share junction table \"%5$s\" but their keys do not"
          + " mirror: %3$s.%4$s has foreignKey \"%8$s\", otherKey \"%9$s\" where %1$s.%2$s"
          + " has foreignKey \"%6$s\", otherKey \"%7$s\"; write foreignKey = \"%7$s\","
          + " otherKey = \"%6$s\" on %3$s.%4$s"),
  /** Args: through, record, component, record owning the table, suggested name. */
  JUNCTION_TABLE_CLASH("junction-table-clash",
      "junction table \"%1$s\" of @BelongsToMany %2$s.%3$s has the name of the table of %4$s;"
          + " choose another through name, e.g. \"%5$s\""),
  /** Args: through, record, component, other record, other component. */
  JUNCTION_SHARED("junction-shared",
      "junction table \"%1$s\" of @BelongsToMany %2$s.%3$s is already the junction of"
          + " %4$s.%5$s; a junction table serves one many-to-many, declared on one or both of its"
          + " sides: choose another through name"),
  /** Args: record, component, through, through record. */
  THROUGH_TWICE("through-twice",
      "@BelongsToMany %1$s.%2$s names both a junction table (through = \"%3$s\") and a through"
          + " record (throughRecord = %4$s.class); keep throughRecord for a junction with payload"
          + " columns, or through for a generated one"),
  /** Args: record, component, through record, suggested junction name. */
  THROUGH_NOT_TABLE("through-not-table",
      "throughRecord %3$s of @BelongsToMany %1$s.%2$s is not a @Table record of this"
          + " compilation; annotate %3$s with @Table, or write through = \"%4$s\" for a"
          + " generated junction"),
  /**
   * Args: through record, record, component, side record, key member, suggested component,
   * suggested association.
   */
  THROUGH_MISSING_KEY("through-missing-key",
      "%1$s, the through record of @BelongsToMany %2$s.%3$s, has no @BelongsTo to %4$s; a"
          + " through record holds a key to both sides: add `Long %6$s, @BelongsTo %4$s %7$s`"
          + " to %1$s"),
  /** Args: through record, record, component, side record, member, written key, candidates. */
  THROUGH_UNKNOWN_KEY("through-unknown-key",
      "%1$s, the through record of @BelongsToMany %2$s.%3$s, has no @BelongsTo to %4$s over"
          + " \"%6$s\"; %5$s names the foreign key of one of its @BelongsTo to %4$s: %7$s"),
  /** Args: through record, record, component, side record, member, candidates. */
  THROUGH_AMBIGUOUS_KEY("through-ambiguous-key",
      "%1$s, the through record of @BelongsToMany %2$s.%3$s, has several @BelongsTo to %4$s;"
          + " say which one holds the key with %5$s = one of %6$s"),
  /** Args: record, component, target, written payload, through record. */
  LINKED_PAYLOAD_MISMATCH("linked-payload",
      "%1$s.%2$s holds Linked<%3$s, %4$s> but its links are %5$s rows; declare it as"
          + " List<Linked<%3$s, %5$s>>"),
  /** Args: record, component, target, through. */
  LINKED_WITHOUT_RECORD("linked-without-record",
      "%1$s.%2$s holds Linked targets but its junction \"%4$s\" is generated and has no payload"
          + " to link; declare it as List<%3$s>, or give the junction a record with"
          + " throughRecord = YourLink.class"),
  /** Args: through, record, component, column, suggested other key. */
  JUNCTION_COLUMNS_CLASH("junction-columns",
      "both columns of junction table \"%1$s\" of %2$s.%3$s are named \"%4$s\"; give them"
          + " different names, e.g. otherKey = \"%5$s\"");

  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** The stable tag, e.g. {@code unknown-foreign-key}. */
  public String tag() {
    return tag;
  }

  /** The full text: {@code [joinery:tag] } followed by the formatted template. */
  public String format(Object... args) {
    return "[joinery:" + tag + "] " + String.format(template, args);
  }
}
