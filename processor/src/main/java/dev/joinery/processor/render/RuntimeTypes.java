package dev.joinery.processor.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named once. */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final ClassName TABLE_META = ClassName.get("dev.joinery.meta", "TableMeta");
  static final ClassName GENERATED_SCHEMA = ClassName.get("dev.joinery.meta", "GeneratedSchema");
  static final ClassName COLUMN = ClassName.get("dev.joinery.meta", "TableColumn");
  static final ClassName ASSOCIATION = ClassName.get("dev.joinery.meta", "Association");
  static final ClassName THROUGH_RECORD = ClassName.get("dev.joinery.meta", "ThroughRecord");
  static final ClassName ROW_INPUT = ClassName.get("dev.joinery.meta", "RowInput");
  static final ClassName ROW_OUTPUT = ClassName.get("dev.joinery.meta", "RowOutput");
  static final ClassName VALUE_TYPE = ClassName.get("dev.joinery.meta", "ValueType");
  static final ClassName TABLE_DEF = ClassName.get("dev.joinery.schema", "TableDef");
  static final ClassName COLUMN_DEF = ClassName.get("dev.joinery.schema", "ColumnDef");
  static final ClassName INDEX_DEF = ClassName.get("dev.joinery.schema", "IndexDef");
  static final ClassName FOREIGN_KEY_DEF = ClassName.get("dev.joinery.schema", "ForeignKeyDef");
  static final ClassName SCHEMA_DEF = ClassName.get("dev.joinery.schema", "SchemaDef");
  static final ClassName REFERENTIAL_ACTION =
      ClassName.get("dev.joinery.annotation", "ReferentialAction");
  static final ClassName VIOLATIONS = ClassName.get("dev.joinery.validation", "Violations");
  static final ClassName JOINERY_DAO = ClassName.get("dev.joinery.dao", "JoineryDao");
  static final ClassName QUERY = ClassName.get("dev.joinery.query", "Query");
  static final ClassName CONDITION = ClassName.get("dev.joinery.query", "Condition");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName LINKED = ClassName.get("dev.joinery", "Linked");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");

  /** {@code @Generated} without date or comments, so that builds are reproducible. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", "dev.joinery.processor.JoineryProcessor")
          .build();
}
