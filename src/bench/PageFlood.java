import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The page-flood drill (issue 6): many clients load public pages as a browser does — the page, then Vaadin's
 * {@code ?v-r=init} request that creates a UI on the server — and never send the unload beacon or a heartbeat, as
 * bots and killed tabs do. Every 15 seconds it forces a GC in the portal's JVM and prints the live heap, the number
 * of Vaadin UIs and sessions held, the answers the clients got, and how long a fresh visitor waits for the sign-in
 * page. A benchmark: it reports figures and never fails on timing.
 *
 * <pre>
 * java src/bench/PageFlood.java --url http://localhost:8080 --pid PID [--clients 50] [--seconds 300] [--cookies keep|drop]
 * </pre>
 * {@code --cookies keep}: each client keeps its session cookie (one session, many UIs); {@code drop}: a new session
 * for every page, as a cookie-less bot.
 */
public class PageFlood {

    private static final String[] PAGES = {"funding", "login", "register", "forgot-password"};

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var base = options.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        long pid = Long.parseLong(options.getOrDefault("pid", "0"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "300"));
        boolean keepCookies = !"drop".equals(options.getOrDefault("cookies", "keep"));
        var answers = new ConcurrentHashMap<Integer, AtomicLong>();
        var deadline = Instant.now().plusSeconds(seconds);

        System.out.printf("Page flood: %d clients, %d s, cookies %s, against %s (pid %d)%n", clients, seconds,
                keepCookies ? "kept" : "dropped", base, pid);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            threads.add(Thread.ofVirtual().start(() -> flood(base, client, keepCookies, deadline, answers)));
        }
        var started = Instant.now();
        System.out.println("  t(s)  heap-after-GC(MB)  UIs  sessions  answers                      sign-in page(ms)");
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(15_000);
            report(base, pid, Duration.between(started, Instant.now()).toSeconds(), answers);
        }
        for (var thread : threads) {
            thread.join();
        }
        report(base, pid, Duration.between(started, Instant.now()).toSeconds(), answers);
    }

    private static void flood(String base, int client, boolean keepCookies, Instant deadline,
            Map<Integer, AtomicLong> answers) {
        HttpClient http = null;
        long n = 0;
        while (Instant.now().isBefore(deadline)) {
            if (http == null || !keepCookies) {
                if (http != null) {
                    http.close();
                }
                http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(10)).build();
            }
            String page = PAGES[(int) (n++ % PAGES.length)];
            try {
                int status = get(http, base + "/" + page);
                count(answers, status);
                if (status == 200) {
                    count(answers, get(http, base + "/?v-r=init&location=" + page + "&query=&v-wn=flood-" + client
                            + "-" + n + "&v-sw=1440&v-sh=900&v-ww=1440&v-wh=900&v-bw=1440&v-bh=900&v-tzo=0"
                            + "&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC&v-curdate=" + System.currentTimeMillis()
                            + "&v-td=false&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE"));
                }
            } catch (IOException e) {
                count(answers, -1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static int get(HttpClient http, String url) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void count(Map<Integer, AtomicLong> answers, int status) {
        answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    private static void report(String base, long pid, long t, Map<Integer, AtomicLong> answers) throws Exception {
        String heap = "?";
        String uis = "?";
        String sessions = "?";
        if (pid > 0) {
            jcmd(pid, "GC.run");
            var histogram = jcmd(pid, "GC.class_histogram");
            uis = instances(histogram, "com.vaadin.flow.component.UI");
            sessions = instances(histogram, "org.apache.catalina.session.StandardSession");
            heap = usedHeapMb(jcmd(pid, "GC.heap_info"));
        }
        long probeStart = System.nanoTime();
        int probe;
        try {
            probe = get(HttpClient.newHttpClient(), base + "/login");
        } catch (IOException e) {
            probe = -1;
        }
        long probeMs = (System.nanoTime() - probeStart) / 1_000_000;
        var summary = new TreeMap<Integer, Long>();
        answers.forEach((status, count) -> summary.put(status, count.get()));
        System.out.printf("%6d  %17s  %5s  %8s  %-28s %d (HTTP %d)%n", t, heap, uis, sessions, summary, probeMs,
                probe);
    }

    private static String instances(String histogram, String className) {
        for (var line : histogram.split("\n")) {
            var cells = line.trim().split("\\s+");
            if (cells.length >= 4 && cells[3].equals(className)) {
                return cells[1];
            }
        }
        return "0";
    }

    /** G1 and the others print "used 123456K" in GC.heap_info's first line. */
    private static String usedHeapMb(String heapInfo) {
        var matcher = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heapInfo);
        return matcher.find() ? String.valueOf(Long.parseLong(matcher.group(1)) / 1024) : "?";
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static Map<String, String> options(String[] args) {
        var options = new TreeMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
