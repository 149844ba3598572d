package dev.joinery.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.joinery.Linked;
import java.io.IOException;
import java.util.List;

/**
 * Writes records as a {@link JsonShape} says, through the generated accessors only: the column
 * constants' {@code get} and the associations' getters. No bean introspection, no reflection.
 */
final class RecordWriter {
  private RecordWriter() {}

  static void write(JsonGenerator out, Object row, JsonShape shape) throws IOException {
    out.writeStartObject(row);
    for (JsonShape.Field field : shape.fields) {
      out.writeFieldName(field.name());
      ColumnJson.write(out, field.column().type(), field.column().get(row));
    }
    for (JsonShape.Branch branch : shape.branches) {
      var association = branch.association();
      JsonShape child = branch.shape() != null ? branch.shape() : JsonShape.of(association.target());
      if (association.linked()) {
        List<Linked<Object, ?>> links = association.getLinks(row);
        if (links == null && !branch.included()) {
          continue;
        }
        out.writeFieldName(association.name());
        writeLinks(out, links, child,
            JsonShape.of(association.junction().record().table()));
      } else if (association.toMany()) {
        List<Object> rows = association.getMany(row);
        if (rows == null && !branch.included()) {
          continue;
        }
        out.writeFieldName(association.jsonName());
        writeList(out, rows, child);
      } else {
        Object one = association.getOne(row);
        if (one == null && !branch.included()) {
          continue;
        }
        out.writeFieldName(association.jsonName());
        if (one == null) {
          out.writeNull();
        } else {
          write(out, one, child);
        }
      }
    }
    out.writeEndObject();
  }

  /**
   * The elements of a belongsToMany through a record as the {@link Linked} they are: each an
   * object of the target and its link row, {@code {"target": {…}, "link": {…}}}, so that a
   * payload column never collides with a target column of the same name.
   */
  private static void writeLinks(JsonGenerator out, List<Linked<Object, ?>> links,
      JsonShape target, JsonShape link) throws IOException {
    out.writeStartArray();
    if (links != null) {
      for (Linked<Object, ?> linked : links) {
        out.writeStartObject(linked);
        out.writeFieldName("target");
        write(out, linked.target(), target);
        out.writeFieldName("link");
        write(out, linked.link(), link);
        out.writeEndObject();
      }
    }
    out.writeEndArray();
  }

  /** An array of records; a to-many include that holds no list (never loaded) as {@code []}. */
  static void writeList(JsonGenerator out, List<?> rows, JsonShape shape) throws IOException {
    out.writeStartArray();
    if (rows != null) {
      for (Object row : rows) {
        write(out, row, shape);
      }
    }
    out.writeEndArray();
  }
}
