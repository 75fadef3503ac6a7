package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logging set up in code: levels, stderr, the line format with the article id. */
class LogConfiguratorTest {

  @Test
  void newswireAtInfoOthersAtWarnOnStderr() {
    LoggerContext context = new LoggerContext();
    LogConfigurator.apply(context, null);
    assertEquals(Level.INFO, context.getLogger("io.newswire").getLevel());
    assertEquals(Level.WARN, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
    assertEquals(Level.WARN, context.getLogger("org.apache.kafka").getLevel());
    assertEquals(Level.ERROR, context.getLogger("org.apache.kafka.streams.StreamsConfig").getLevel());
    assertEquals(Level.WARN, context.getLogger("org.apache.kafka.streams.processor.internals").getLevel());
    assertEquals(Level.WARN, context.getLogger("state.change.logger").getLevel());
    assertEquals(Level.WARN, context.getLogger("kafka").getLevel());
    ConsoleAppender<ILoggingEvent> stderr =
        (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    assertEquals("System.err", stderr.getTarget());
    assertTrue(stderr.isStarted());
  }

  private static String line(String level, Map<String, String> mdc) {
    LoggerContext context = new LoggerContext();
    LogConfigurator.apply(context, level);
    Logger logger = context.getLogger("io.newswire.cli.EnrichCommand");
    LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, Level.WARN, "dispatch skipped", null, null);
    event.setThreadName("enrich-worker");
    event.setMDCPropertyMap(mdc);
    ConsoleAppender<ILoggingEvent> stderr =
        (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    return new String(stderr.getEncoder().encode(event), StandardCharsets.UTF_8);
  }

  @Test
  void aLineCarriesTimeLevelThreadLoggerAndArticleId() {
    LoggerContext context = new LoggerContext();
    LogConfigurator.apply(context, "DEBUG");
    assertEquals(Level.DEBUG, context.getLogger("io.newswire.cli.EnrichCommand").getEffectiveLevel());
    String line = line("DEBUG", Map.of("articleId", "qna-ar-ports"));
    assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[enrich-worker\\] i\\.n\\.cli\\.EnrichCommand "
        + "article=qna-ar-ports - dispatch skipped\\R"), line);
  }

  @Test
  void aLineWithoutArticleIdHasNoLabel() {
    String line = line(null, Map.of());
    assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[enrich-worker\\] i\\.n\\.cli\\.EnrichCommand "
        + "- dispatch skipped\\R"), line);
  }

  @Test
  void aConfigurationFileOnTheClassPathWins() {
    // the test class path has logback-test.xml: logback's own Joran configurator reads it
    LogConfigurator configurator = new LogConfigurator();
    LoggerContext context = new LoggerContext();
    configurator.setContext(context);
    assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, configurator.configure(context));
    assertEquals(null, context.getLogger("io.newswire").getLevel());
  }
}
