package dev.joinery;

import java.util.Objects;

/**
 * A target of a belongsToMany through a record, with its link: the row of the through record that
 * joins it to the source, and so carries the link's payload (Sequelize shows it as
 * {@code actor.Casting}). Declare the association as {@code List<Linked<Actor, Casting>>} to read
 * it; pass it to nested create to write the payload with the link.
 *
 * <pre>{@code
 * for (Linked<Actor, Casting> cast : movie.cast()) {
 *   System.out.println(cast.target().name() + " as " + cast.link().role());
 * }
 * }</pre>
 *
 * @param target the target row
 * @param link the through record's row; its two keys are filled in by nested create
 * @param <T> the target record
 * @param <L> the through record
 */
public record Linked<T, L>(T target, L link) {
  public Linked {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(link, "link");
  }

  /** {@code new Linked<>(target, link)}, for type inference at call sites. */
  public static <T, L> Linked<T, L> of(T target, L link) {
    return new Linked<>(target, link);
  }
}
