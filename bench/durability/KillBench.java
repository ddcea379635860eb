import java.io.*;
import java.sql.*;
import java.util.*;

/** child: inserts rows (autocommit) and prints each committed id; parent: kills child -9 after N ms, counts lost. */
public class KillBench {
    public static void main(String[] a) throws Exception {
        String url = a[1];
        if (a[0].equals("child")) {
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("create table if not exists k (id bigint primary key, payload varchar(200))");
                PreparedStatement p = c.prepareStatement("insert into k values (?, ?)");
                PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
                for (long i = 1; ; i++) { p.setLong(1, i); p.setString(2, "x".repeat(150)); p.executeUpdate(); out.println(i); }
            }
        }
        long ms = Long.parseLong(a[2]);
        Process child = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"), "KillBench", "child", url)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream()));
        long last = 0, deadline = -1;
        String line;
        while ((line = r.readLine()) != null) {
            last = Long.parseLong(line);
            if (deadline < 0) deadline = System.currentTimeMillis() + ms;
            if (System.currentTimeMillis() >= deadline) { child.destroyForcibly(); break; }
        }
        child.waitFor();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), coalesce(max(id),0) from k")) {
            rs.next();
            System.out.printf("acknowledged up to %d, stored %d rows (max %d): lost %d%n", last, rs.getLong(1), rs.getLong(2), last - rs.getLong(1));
        }
    }
}
