import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Rewrites every signed jar in a folder without its signature, and prints each one's name.
 * provision.ts runs it once per lib folder: `java UnsignJars.java <folder>`.
 *
 * Why: the JVM keeps no class of a signed jar in its class-data or AOT cache, and checks the
 * signature of every class it loads from one. eclipse-collections, which Neo4j uses throughout,
 * is signed, so its classes cost every start. Maven has already checked each jar against the
 * checksums Maven Central publishes; the signature adds nothing after that.
 */
public class UnsignJars {
  private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

  public static void main(String[] args) throws IOException {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
      for (Path jar : jars) {
        if (unsign(jar)) System.out.println(jar.getFileName());
      }
    }
  }

  private static boolean isSignature(JarEntry entry) {
    return SIGNATURE.matcher(entry.getName()).matches();
  }

  /** Writes the unsigned copy beside the jar, then moves it over the jar: a reader never sees half a jar. */
  private static boolean unsign(Path jar) throws IOException {
    Path copy = jar.resolveSibling(jar.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    try (JarFile in = new JarFile(jar.toFile(), false)) {
      if (in.stream().noneMatch(UnsignJars::isSignature)) return false;
      Manifest manifest = in.getManifest() == null ? new Manifest() : new Manifest(in.getManifest());
      // The manifest's per-entry sections hold the digests the signature signed.
      manifest.getEntries().clear();
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), manifest)) {
        for (JarEntry entry : (Iterable<JarEntry>) in.stream()::iterator) {
          if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignature(entry)) continue;
          JarEntry kept = new JarEntry(entry.getName());
          kept.setTime(entry.getTime());
          out.putNextEntry(kept);
          try (InputStream data = in.getInputStream(entry)) {
            data.transferTo(out);
          }
          out.closeEntry();
        }
      }
    } catch (IOException | RuntimeException error) {
      Files.deleteIfExists(copy);
      throw error;
    }
    Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }
}
