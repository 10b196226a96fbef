package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that Maven wrote into the jar. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/annals/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"annals " + properties.getProperty("version", "unknown")};
  }
}
