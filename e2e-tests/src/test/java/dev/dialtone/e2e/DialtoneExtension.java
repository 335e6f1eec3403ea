package dev.dialtone.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Gives a journey what it asks for: a fresh browser {@link Page} (its own context, so no shared
 * login), the {@link Api} or the {@link DialtoneApp}. The shared environment is started on first
 * use and closed when the whole run ends. A journey that fails says what its pages showed ({@link
 * FailureEvidence}).
 */
final class DialtoneExtension implements ParameterResolver, InvocationInterceptor {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DialtoneExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Page.class || type == Api.class || type == DialtoneApp.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    E2eEnvironment environment = environment(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == Api.class) {
      return environment.api;
    }
    if (type == DialtoneApp.class) {
      return environment.app;
    }
    BrowserContext browser =
        environment.browser.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800));
    browser.setDefaultTimeout(15_000);
    // a slower machine (CI) gets the same patience for what the page shows as for actions
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    context
        .getStore(NAMESPACE)
        .put(browser, (ExtensionContext.Store.CloseableResource) browser::close);
    return evidence(context, environment).watch(browser.newPage());
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    try {
      invocation.proceed();
    } catch (AssertionError | PlaywrightException failure) {
      FailureEvidence evidence =
          context.getStore(NAMESPACE).get(FailureEvidence.class, FailureEvidence.class);
      if (evidence == null) {
        throw failure;
      }
      AssertionError described =
          new AssertionError(
              failure.getMessage() + evidence.describe(context.getRequiredTestMethod().getName()),
              failure);
      described.setStackTrace(failure.getStackTrace());
      throw described;
    }
  }

  private static FailureEvidence evidence(ExtensionContext context, E2eEnvironment environment) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            FailureEvidence.class,
            key -> new FailureEvidence(environment.app),
            FailureEvidence.class);
  }

  private static E2eEnvironment environment(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            E2eEnvironment.class, key -> startEnvironment(), E2eEnvironment.class);
  }

  private static E2eEnvironment startEnvironment() {
    try {
      return E2eEnvironment.start();
    } catch (Exception e) {
      throw new IllegalStateException("could not start the e2e environment: " + e.getMessage(), e);
    }
  }
}
