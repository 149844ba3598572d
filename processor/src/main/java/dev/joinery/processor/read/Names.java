package dev.joinery.processor.read;

/** Qualified names of the annotations and types the readers recognise. */
final class Names {
  private Names() {}

  static final String PACKAGE = "dev.joinery.annotation.";
  static final String TABLE = PACKAGE + "Table";
  static final String ID = PACKAGE + "Id";
  static final String AUTO_INCREMENT = PACKAGE + "AutoIncrement";
  static final String UUID_V4 = PACKAGE + "UuidV4";
  static final String COLUMN = PACKAGE + "Column";
  static final String NOT_NULL = PACKAGE + "NotNull";
  static final String EMAIL = PACKAGE + "Email";
  static final String URL = PACKAGE + "Url";
  static final String LENGTH = PACKAGE + "Length";
  static final String CREATED_AT = PACKAGE + "CreatedAt";
  static final String UPDATED_AT = PACKAGE + "UpdatedAt";
  static final String VERSION = PACKAGE + "Version";
  static final String SECRET = PACKAGE + "Secret";
  static final String DELETED_AT = PACKAGE + "DeletedAt";
  static final String JSON_NAME = PACKAGE + "JsonName";
  static final String INDEX = PACKAGE + "Index";
  static final String INDEXES = PACKAGE + "Indexes";
  static final String HAS_ONE = PACKAGE + "HasOne";
  static final String BELONGS_TO = PACKAGE + "BelongsTo";
  static final String HAS_MANY = PACKAGE + "HasMany";
  static final String BELONGS_TO_MANY = PACKAGE + "BelongsToMany";

  static final String LIST = "java.util.List";
  /** The runtime's pair of a belongsToMany target and its link row. */
  static final String LINKED = "dev.joinery.Linked";
}
