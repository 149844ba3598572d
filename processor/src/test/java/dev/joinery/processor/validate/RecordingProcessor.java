package dev.joinery.processor.validate;

import dev.joinery.processor.JoineryProcessor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * {@link JoineryProcessor} with a {@link Filer} that remembers which source files it created.
 * compile-testing hides generated files once a compilation failed, but the point of some tests
 * is exactly that a failed round still generates the records without mistakes.
 */
final class RecordingProcessor extends AbstractProcessor {
  private final JoineryProcessor delegate = new JoineryProcessor();
  private final Set<String> created = new LinkedHashSet<>();

  /** Canonical names of the source files created so far. */
  Set<String> createdSources() {
    return created;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Filer filer = env.getFiler();
    Filer recording = proxy(Filer.class, (proxy, method, args) -> {
      if (method.getName().equals("createSourceFile")) {
        created.add(args[0].toString());
      }
      return invoke(filer, method, args);
    });
    delegate.init(proxy(ProcessingEnvironment.class, (proxy, method, args) ->
        method.getName().equals("getFiler") ? recording : invoke(env, method, args)));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
