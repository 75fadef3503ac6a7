package io.newswire.cli;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * newswire's default logging, set up in code (a logback {@code Configurator} service): logs to stderr,
 * so that stdout carries only events. Parsing an XML configuration with Joran was a sixth of the thread
 * that builds the extractor in a one-file {@code enrich}, on its critical path. A configuration file
 * still wins: {@code -Dlogback.configurationFile=...} (logback-json.xml, the Docker image's default) or a
 * {@code logback-test.xml} on the class path (tests) leave the configuring to logback's own Joran.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
  /** ' article=ID' after the logger only when the MDC holds an articleId (logback's %X has no ':+' form). */
  static final String PATTERN =
      "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24}%replace(%X{articleId}){'(.+)', ' article=$1'} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
        || LogConfigurator.class.getClassLoader().getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context, levelSetting());
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** {@code NEWSWIRE_LOG_LEVEL}, a system property or else the environment variable (as logback's ${...} looks it up). */
  static String levelSetting() {
    String level = System.getProperty("NEWSWIRE_LOG_LEVEL");
    return level != null ? level : System.getenv("NEWSWIRE_LOG_LEVEL");
  }

  /** Configures {@code context}; {@code newswireLevel} is the level of io.newswire (null or blank: INFO). */
  static void apply(LoggerContext context, String newswireLevel) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();

    boolean unset = newswireLevel == null || newswireLevel.isBlank();
    context.getLogger("io.newswire").setLevel(unset ? Level.INFO : Level.toLevel(newswireLevel.trim()));
    context.getLogger("org.apache.kafka").setLevel(Level.WARN);
    // StreamsConfig warns about defaults newswire chose on purpose.
    context.getLogger("org.apache.kafka.streams.StreamsConfig").setLevel(Level.ERROR);
    context.getLogger("kafka").setLevel(Level.WARN);
    context.getLogger("state.change.logger").setLevel(Level.WARN);
    // The embedded broker logs its own expected shutdown of fenced transactional producers at ERROR.
    context.getLogger("org.apache.kafka.streams.processor.internals").setLevel(Level.WARN);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
  }
}
