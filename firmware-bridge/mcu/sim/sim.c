/* bridge-sim: the MCU side of the bridge running on the host, behind a pseudo-terminal.
 *
 * It runs the portable bridge logic (../src/bridge.c) with a simulated board: CAN ports on
 * one simulated bus segment (a frame sent on one port is received by the others), replay of
 * candump logs and NMEA logs as the vehicle's CAN traffic and the GNSS receiver, PPS edges,
 * a V2X radio, and an MCU clock with an offset and a drift. With --baud the UART is paced in
 * both directions as a real one at that rate would be (10 bits per byte).
 *
 * Usage: bridge-sim --pty PATH | --own-pty LINK [--baud N] [--clock-offset-us N] [--clock-drift-ppm X]
 *                   [--clock-base boot|monotonic] [--can-ports N] [--can-bitrate N] [--seed N]
 *                   [--can-wire DIR] [--classic-only 1]
 *
 * --pty PATH opens one end of a pty pair made by another program (socat). --own-pty LINK makes
 * the pty itself (posix_openpt: the simulator holds the master, as a UART driver would) and
 * links LINK to its slave, which the host opens; no relay process is in the path.
 *
 * --can-wire DIR joins a CAN bus shared with other simulators: every simulator started with
 * the same DIR is another node on one wire (Unix datagram sockets in DIR), so frames one
 * sends are received by all the others, on all their ports. --classic-only 1 makes the
 * controllers classic CAN (no FD capability; FD frames on the wire are not received).
 *
 * Commands on stdin, one per line; each is answered on stdout with `ok VERB` or `err ...`:
 *   drop N            drop the next N outgoing frames (their seq is used up)
 *   corrupt N         flip one payload bit in each of the next N outgoing frames
 *   garbage N [nz]    write N random bytes to the line (nz: none of them 0x00, so no delimiter)
 *   drop-rx N         ignore the next N frames from the host
 *   corrupt-rx N      flip one bit in each of the next N frames from the host
 *   delay MS [N]      process the next N frames from the host MS later (N omitted: all, until delay 0)
 *   silent MS         neither read nor send for MS (a hung MCU)
 *   reset [REASON]    reboot: new boot count, clock restarts, session closed, boot noise
 *   can-replay PATH [SPEED] [PORT]   replay a candump -l log onto a port at SPEED x real time
 *   can-flood N [DLC] [PORT]         N frames, as fast as the bridge drains them
 *   can-state PORT active|warning|passive|bus-off|stopped
 *   can-error PORT CLASS_HEX [DATA_HEX]
 *   gnss-replay PATH [SPEED]         replay an NMEA log, with a PPS edge each UTC second
 *   radio on|off
 *   stats             print one line `stats {json}` (counters; uart_lat_*: CAN frame end to the
 *                     last byte of its UART frame, the latency the bridge adds on the MCU side)
 *   lat-reset         forget the UART latencies measured so far
 *   lat-dump PATH     write a line per CAN frame since then: its uart_lat (us), and how late this
 *                     process wrote its UART frame compared with the board's time (us)
 *   quit
 * The program prints `ready` once the pty is open, and exits at `quit` or end of stdin.
 *
 * bridge-sim --model LOG --baud N [--can-bitrate N]: no pty; replays LOG through the bridge
 * logic in virtual time with the UART at N baud and prints one JSON line: the latency the MCU
 * side adds to each CAN frame (end on the bus to the last byte of its UART frame), measured
 * without any operating-system scheduling in the way. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <dirent.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "bridge.h"

/* ------------------------------------------------------------------ options, clocks */

static const char *opt_pty;
static const char *opt_own_pty;
static double opt_baud;            /* 0: unpaced */
static double opt_offset_us;
static double opt_drift_ppm;
static bool opt_clock_monotonic;   /* MCU time = CLOCK_MONOTONIC (for latency benchmarks) */
static uint32_t opt_can_ports = 2;
static double opt_can_bitrate = 500000;
static const char *opt_wire_dir;
static const char *opt_model;
static bool opt_classic_only;
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

/* >= 0: the virtual time of --model (no waiting), microseconds. */
static double virtual_mono = -1;

static double mono_us(void)
{
    if (virtual_mono >= 0) return virtual_mono;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static double boot_mono;

static uint64_t mcu_time_at(double mono)
{
    double base = opt_clock_monotonic ? 0.0 : boot_mono;
    double t = opt_offset_us + (mono - base) * (1.0 + opt_drift_ppm * 1e-6);
    return t < 0 ? 0 : (uint64_t)t;
}

static uint64_t plat_now(void *ctx)
{
    (void)ctx;
    return mcu_time_at(mono_us());
}

static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 11);
}

/* ------------------------------------------------------------------ output to the test */

static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    fflush(stdout);
}

/* ------------------------------------------------------------------ board state */

static bridge_t br;
static uint32_t boot_count = 1;
static v2xedge_bridge_v1_CanState port_state[BRIDGE_MAX_CAN_PORTS];
static uint32_t port_tx_err[BRIDGE_MAX_CAN_PORTS], port_rx_err[BRIDGE_MAX_CAN_PORTS];
static bool radio_on = true;
static double radio_free_at;

static struct {
    uint32_t dropped, corrupted, garbage_bytes, rx_dropped, rx_corrupted, resets, can_replayed, can_flooded, gnss_sentences, pps;
    uint32_t line_lost_bytes; /* MCU to host: the simulated line's buffer was full (the host did not read) */
    uint32_t rx_fifo_lost_bytes; /* host to MCU: the simulated UART receive FIFO overflowed */
} simstats;

/* ------------------------------------------------------------------ UART latency of CAN frames
 * For every received CAN frame the simulator notes when it ended on the bus, and when the
 * last byte of the UART frame carrying it left: the latency the bridge itself adds before
 * the host's operating system sees the bytes (`uart_lat_*` in `stats`). */

static double can_end_mono[BRIDGE_CAN_RX_QUEUE];
static uint32_t can_end_head, can_end_count;
static float *uart_lat;
/* Per CAN frame too: how much later than the board's time this process wrote its UART frame
 * (it woke up late), microseconds. [uart_late_from, uart_lat_n) are on the wire now. */
static float *uart_late;
static size_t uart_lat_n, uart_lat_cap, uart_late_from;

static void sim_can_received(const bridge_can_frame_t *f, double end_mono)
{
    uint32_t before = br.can_count;
    bridge_can_received(&br, f);
    if (br.can_count == before + 1u) {
        can_end_mono[(can_end_head + can_end_count) % BRIDGE_CAN_RX_QUEUE] = end_mono;
        can_end_count++;
    }
}

/* `taken` frames left the queue in a UART frame whose last byte leaves at `done_mono`. */
static void note_uart_latency(uint32_t taken, double done_mono)
{
    for (uint32_t i = 0; i < taken && can_end_count > 0; i++) {
        double end = can_end_mono[can_end_head];
        can_end_head = (can_end_head + 1u) % BRIDGE_CAN_RX_QUEUE;
        can_end_count--;
        if (uart_lat_n == uart_lat_cap) {
            uart_lat_cap = uart_lat_cap ? uart_lat_cap * 2 : 65536;
            uart_lat = realloc(uart_lat, uart_lat_cap * sizeof *uart_lat);
            uart_late = realloc(uart_late, uart_lat_cap * sizeof *uart_late);
            if (!uart_lat || !uart_late) { perror("bridge-sim"); exit(1); }
        }
        uart_late[uart_lat_n] = 0;
        uart_lat[uart_lat_n++] = (float)(done_mono - end);
    }
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* Percentile `p` (0..1) of the UART latencies, microseconds; -1 when there are none. */
static double uart_lat_pct(double p)
{
    if (uart_lat_n == 0) return -1;
    static float *sorted;
    static size_t sorted_n;
    if (sorted_n != uart_lat_n) {
        free(sorted);
        sorted = malloc(uart_lat_n * sizeof *sorted);
        if (!sorted) return -1;
        memcpy(sorted, uart_lat, uart_lat_n * sizeof *sorted);
        qsort(sorted, uart_lat_n, sizeof *sorted, cmp_float);
        sorted_n = uart_lat_n;
    }
    size_t i = (size_t)(p * (double)uart_lat_n);
    return sorted[i < uart_lat_n ? i : uart_lat_n - 1];
}

/* ------------------------------------------------------------------ the shared CAN wire */

typedef struct {
    uint32_t magic;
    uint32_t id;
    uint8_t extended, rtr, fd, brs, esi, len;
    uint8_t data[64];
} wire_frame_t;
#define WIRE_MAGIC 0x43414e57u /* "CANW" */

static int wire_fd = -1;
static char wire_self[sizeof(((struct sockaddr_un *)0)->sun_path)];

static void wire_open(void)
{
    wire_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    if (wire_fd < 0) { perror("bridge-sim: wire socket"); exit(1); }
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    snprintf(wire_self, sizeof wire_self, "%s/node-%d", opt_wire_dir, (int)getpid());
    snprintf(a.sun_path, sizeof a.sun_path, "%s", wire_self);
    unlink(wire_self);
    if (bind(wire_fd, (struct sockaddr *)&a, sizeof a) < 0) { perror("bridge-sim: wire bind"); exit(1); }
}

static void wire_receive(void);
static uint32_t wire_dropped;

/* CAN delivers a frame to every node or to none: a peer whose socket queue is full (Linux
 * queues only net.unix.max_dgram_qlen datagrams, 10 by default) is waited for, while this
 * node keeps draining its own queue so that two busy nodes cannot block each other. */
static void wire_deliver(const wire_frame_t *w, const struct sockaddr_un *a)
{
    for (int tries = 0; tries < 20000; tries++) { /* 2 s */
        if (sendto(wire_fd, w, sizeof *w, MSG_DONTWAIT, (const struct sockaddr *)a, sizeof *a) == (ssize_t)sizeof *w) return;
        if (errno == ECONNREFUSED || errno == ENOENT) {
            unlink(a->sun_path); /* a node that is gone */
            return;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) break;
        wire_receive();
        struct timespec ts = {0, 100000};
        nanosleep(&ts, NULL);
    }
    wire_dropped++;
}

static void wire_send(const bridge_can_frame_t *f)
{
    if (wire_fd < 0) return;
    wire_frame_t w = {.magic = WIRE_MAGIC, .id = f->id, .extended = f->extended, .rtr = f->rtr, .fd = f->fd,
                      .brs = f->brs, .esi = 0, .len = (uint8_t)f->data.size};
    memcpy(w.data, f->data.bytes, f->data.size);
    DIR *d = opendir(opt_wire_dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, "node-", 5) != 0) continue;
        struct sockaddr_un a = {.sun_family = AF_UNIX};
        if (strlen(opt_wire_dir) + 1 + strlen(e->d_name) >= sizeof a.sun_path) continue;
        memcpy(a.sun_path, opt_wire_dir, strlen(opt_wire_dir));
        a.sun_path[strlen(opt_wire_dir)] = '/';
        strcpy(a.sun_path + strlen(opt_wire_dir) + 1, e->d_name);
        if (!strcmp(a.sun_path, wire_self)) continue;
        wire_deliver(&w, &a);
    }
    closedir(d);
}

static void wire_receive(void)
{
    wire_frame_t w;
    for (;;) {
        ssize_t n = recv(wire_fd, &w, sizeof w, 0);
        if (n < 0) return;
        if (n != (ssize_t)sizeof w || w.magic != WIRE_MAGIC || w.len > 64) continue;
        if (w.fd && opt_classic_only) continue; /* a classic controller cannot receive FD frames */
        bridge_can_frame_t f;
        memset(&f, 0, sizeof f);
        f.id = w.id;
        f.extended = w.extended;
        f.rtr = w.rtr;
        f.fd = w.fd;
        f.brs = w.brs;
        f.data.size = w.len;
        memcpy(f.data.bytes, w.data, w.len);
        double now = mono_us();
        f.mcu_time_us = mcu_time_at(now);
        for (uint32_t p = 0; p < opt_can_ports; p++) {
            f.port = p;
            sim_can_received(&f, now);
        }
    }
}

static v2xedge_bridge_v1_TxStatus plat_can_transmit(void *ctx, const bridge_can_frame_t *f, uint64_t *t)
{
    (void)ctx;
    if (port_state[f->port] == v2xedge_bridge_v1_CanState_CAN_STATE_BUS_OFF ||
        port_state[f->port] == v2xedge_bridge_v1_CanState_CAN_STATE_STOPPED)
        return v2xedge_bridge_v1_TxStatus_TX_STATUS_BUS_OFF;
    if (f->fd && opt_classic_only) return v2xedge_bridge_v1_TxStatus_TX_STATUS_INVALID;
    *t = plat_now(NULL);
    wire_send(f);
    /* Every other controller on the segment receives it. */
    for (uint32_t p = 0; p < opt_can_ports; p++) {
        if (p == f->port) continue;
        bridge_can_frame_t rx = *f;
        rx.port = p;
        rx.esi = false;
        rx.mcu_time_us = *t;
#ifdef BRIDGE_CONTRACT_NEXT
        rx.filter_index = 1;
#endif
        sim_can_received(&rx, mono_us());
    }
    return v2xedge_bridge_v1_TxStatus_TX_STATUS_OK;
}

static void plat_v2x_transmit(void *ctx, const v2xedge_bridge_v1_V2xTransmit *t, v2xedge_bridge_v1_V2xTransmitReport *r)
{
    (void)ctx;
    static const uint32_t rates[] = {12, 18, 24, 36, 48, 72, 96, 108}; /* 6..54 Mbit/s in 500 kbit/s */
    r->channel = t->channel;
    if (!radio_on) {
        r->status = v2xedge_bridge_v1_TxStatus_TX_STATUS_RADIO_OFF;
        return;
    }
    uint32_t rate = t->data_rate_500kbps ? t->data_rate_500kbps : 12;
    bool rate_ok = false;
    for (size_t i = 0; i < sizeof rates / sizeof rates[0]; i++) rate_ok |= rates[i] == rate;
    if (t->channel < 172 || t->channel > 184 || t->payload.size == 0 || !rate_ok || t->priority > 7 ||
        t->power_half_dbm < -40 || t->power_half_dbm > 66) {
        r->status = v2xedge_bridge_v1_TxStatus_TX_STATUS_INVALID;
        return;
    }
    /* 802.11p, 10 MHz: 32 us preamble and signal, 8 us OFDM symbols. */
    uint32_t bits_per_symbol = rate * 2u; /* rate * 0.5 Mbit/s * 8 us * ... = 4 * rate_mbps */
    uint32_t bits = 16u + 8u * (t->payload.size + 24u /* MAC header */ + 4u /* FCS */) + 6u;
    uint32_t airtime = 32u + 8u * ((bits + bits_per_symbol - 1u) / bits_per_symbol);
    double now = mono_us();
    double start = radio_free_at > now ? radio_free_at : now;
    radio_free_at = start + airtime;
    r->status = v2xedge_bridge_v1_TxStatus_TX_STATUS_OK;
    r->mcu_time_us = mcu_time_at(start);
    r->airtime_us = airtime;
}

static void plat_can_status(void *ctx, uint32_t port, v2xedge_bridge_v1_CanBusStatus *st)
{
    (void)ctx;
    st->port = port;
    st->state = port_state[port];
    st->tx_error_count = port_tx_err[port];
    st->rx_error_count = port_rx_err[port];
}

/* CAN FD first: a classic-only build leaves it out. */
static const v2xedge_bridge_v1_Capability caps[] = {
    v2xedge_bridge_v1_Capability_CAPABILITY_CAN_FD, v2xedge_bridge_v1_Capability_CAPABILITY_CAN,
    v2xedge_bridge_v1_Capability_CAPABILITY_GNSS_NMEA, v2xedge_bridge_v1_Capability_CAPABILITY_PPS,
    v2xedge_bridge_v1_Capability_CAPABILITY_V2X_RADIO, v2xedge_bridge_v1_Capability_CAPABILITY_TIME_SYNC,
#ifdef BRIDGE_CONTRACT_NEXT
    v2xedge_bridge_v1_Capability_CAPABILITY_CAN_FILTERS,
#endif
};
static const uint8_t device_id[12] = {0x42, 0x52, 0x49, 0x44, 0x47, 0x45, 0x2d, 0x53, 0x49, 0x4d, 0x00, 0x01};

static void boot(v2xedge_bridge_v1_ResetReason reason)
{
    boot_mono = mono_us();
    bridge_platform_t p = {
        .ctx = NULL,
        .now_us = plat_now,
        .can_transmit = plat_can_transmit,
        .v2x_transmit = plat_v2x_transmit,
        .can_status = plat_can_status,
        .firmware_version = "bridge-sim " BRIDGE_SIM_VERSION,
        .board = "host simulator",
        .device_id = device_id,
        .device_id_len = sizeof device_id,
        .can_ports = opt_can_ports,
        .capabilities = opt_classic_only ? caps + 1 : caps,
        .capabilities_count = sizeof caps / sizeof caps[0] - (opt_classic_only ? 1u : 0u),
    };
    bridge_init(&br, &p, boot_count, reason);
    for (uint32_t i = 0; i < BRIDGE_MAX_CAN_PORTS; i++) {
        port_state[i] = v2xedge_bridge_v1_CanState_CAN_STATE_ACTIVE;
        port_tx_err[i] = port_rx_err[i] = 0;
    }
    radio_free_at = 0;
}

/* ------------------------------------------------------------------ the UART */

static int fd = -1;
static uint8_t outbuf[1 << 16];
static size_t out_len;

static void flush_out(void)
{
    while (out_len > 0) {
        ssize_t w = write(fd, outbuf, out_len);
        if (w < 0) {
            if (errno == EINTR) continue;
            return; /* EAGAIN (host not reading) or EIO (no host): keep it */
        }
        memmove(outbuf, outbuf + w, out_len - (size_t)w);
        out_len -= (size_t)w;
    }
}

static void line_write(const uint8_t *b, size_t n)
{
    if (n > sizeof outbuf - out_len) { /* line overrun: bytes lost, and counted */
        simstats.line_lost_bytes += (uint32_t)(n - (sizeof outbuf - out_len));
        n = sizeof outbuf - out_len;
    }
    memcpy(outbuf + out_len, b, n);
    out_len += n;
    flush_out();
}

/* Transmit side: the frame on the wire and when its last byte arrives at the host. */
static uint8_t wire[BRIDGE_MAX_WIRE_FRAME];
static size_t wire_len;
static double wire_done_at;
static uint32_t fault_drop, fault_corrupt;
static double silent_until;

/* Receive side: byte runs waiting for their time on the wire, and the frame-level faults. */
#define RXQ 256
/* `delayed` chunks are whole frames held back by the delay fault: they skip the fault splitter. */
static struct rx_chunk { double at; size_t len; bool delayed; uint8_t *bytes; } rxq[RXQ];
static size_t rxq_head, rxq_count;
static double rx_wire_free_at;
static uint32_t fault_drop_rx, fault_corrupt_rx, fault_delay_count;
static double fault_delay_us;
static bool fault_delay_all;
static uint8_t rx_frame_buf[BRIDGE_MAX_WIRE_FRAME * 2];
static size_t rx_frame_len;

static void rxq_push(double at, const uint8_t *b, size_t n, bool delayed)
{
    uint8_t *copy = rxq_count == RXQ ? NULL : malloc(n);
    if (!copy) { /* the simulated UART's FIFO overflowed: bytes lost, and counted */
        simstats.rx_fifo_lost_bytes += (uint32_t)n;
        return;
    }
    struct rx_chunk *c = &rxq[(rxq_head + rxq_count) % RXQ];
    c->at = at;
    c->len = n;
    c->delayed = delayed;
    c->bytes = copy;
    memcpy(c->bytes, b, n);
    rxq_count++;
}

/* Splits host bytes into frames when frame-level faults are armed; delivers to the bridge. */
static void deliver_rx(const uint8_t *b, size_t n, double now)
{
    for (size_t i = 0; i < n; i++) {
        if (rx_frame_len < sizeof rx_frame_buf) rx_frame_buf[rx_frame_len++] = b[i];
        if (b[i] != 0) continue;
        size_t len = rx_frame_len;
        rx_frame_len = 0;
        if (len <= 1) { bridge_rx_bytes(&br, rx_frame_buf, len); continue; }
        if (fault_drop_rx > 0) {
            fault_drop_rx--;
            simstats.rx_dropped++;
            continue;
        }
        if (fault_corrupt_rx > 0) {
            fault_corrupt_rx--;
            simstats.rx_corrupted++;
            size_t at = len / 2;
            uint8_t v = rx_frame_buf[at] ^ 0x10u;
            if (v == 0) v = rx_frame_buf[at] ^ 0x20u;
            rx_frame_buf[at] = v;
        }
        if (fault_delay_us > 0 && (fault_delay_all || fault_delay_count > 0)) {
            if (!fault_delay_all) fault_delay_count--;
            rxq_push(now + fault_delay_us, rx_frame_buf, len, true);
            continue;
        }
        bridge_rx_bytes(&br, rx_frame_buf, len);
    }
}

static void rx_due(double now)
{
    while (rxq_count > 0) {
        struct rx_chunk *c = &rxq[rxq_head];
        if (c->at > now) break;
        size_t len = c->len;
        bool delayed = c->delayed;
        uint8_t *bytes = c->bytes;
        rxq_head = (rxq_head + 1) % RXQ;
        rxq_count--;
        if (delayed) bridge_rx_bytes(&br, bytes, len);
        else deliver_rx(bytes, len, now);
        free(bytes);
    }
}

static void read_line_bytes(double now)
{
    uint8_t buf[4096];
    for (;;) {
        ssize_t r = read(fd, buf, sizeof buf);
        if (r <= 0) return;
        if (now < silent_until) continue; /* a hung MCU reads nothing */
        if (opt_baud > 0) {
            double start = rx_wire_free_at > now ? rx_wire_free_at : now;
            rx_wire_free_at = start + (double)r * 10e6 / opt_baud;
            rxq_push(rx_wire_free_at, buf, (size_t)r, false);
        } else {
            deliver_rx(buf, (size_t)r, now);
        }
    }
}

static void tx_step(double now)
{
    if (wire_len > 0 && now >= wire_done_at) {
        double late = mono_us() - wire_done_at;
        for (size_t i = uart_late_from; i < uart_lat_n; i++) uart_late[i] = (float)late;
        line_write(wire, wire_len);
        wire_len = 0;
    }
    if (wire_len > 0 || now < silent_until) return;
    if (out_len > sizeof outbuf / 2) return; /* the host is not reading: back-pressure */
    while (bridge_tx_pending(&br)) {
        long corrupt_bit = -1;
        if (fault_corrupt > 0 && fault_drop == 0) {
            corrupt_bit = (long)(rnd() % 4096u);
        }
        uint32_t queued = br.can_count;
        while (can_end_count > queued) { /* frames the bridge discarded (a new session) */
            can_end_head = (can_end_head + 1u) % BRIDGE_CAN_RX_QUEUE;
            can_end_count--;
        }
        size_t n = bridge_poll_tx(&br, wire, corrupt_bit);
        uint32_t taken = queued - br.can_count;
        uart_late_from = uart_lat_n;
        note_uart_latency(taken, opt_baud > 0 ? now + (double)n * 10e6 / opt_baud : now);
        if (n == 0) continue;
        if (fault_drop > 0) {
            fault_drop--;
            simstats.dropped++;
            continue;
        }
        if (corrupt_bit >= 0) {
            fault_corrupt--;
            simstats.corrupted++;
        }
        if (opt_baud > 0) {
            wire_len = n;
            wire_done_at = now + (double)n * 10e6 / opt_baud;
            return;
        }
        line_write(wire, n);
    }
}

/* ------------------------------------------------------------------ CAN replay and flood */

typedef struct { double t; bridge_can_frame_t f; } logged_t;
static logged_t *can_log;
static size_t can_log_len, can_log_pos;
static double can_speed = 1.0, can_start_mono, can_log_t0, can_bus_free_at;
static uint32_t can_port;
static uint32_t flood_left, flood_dlc, flood_port, flood_n;

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool parse_hex(const char *s, size_t n, uint8_t *out, size_t *len, size_t cap)
{
    if (n % 2) return false;
    if (n / 2 > cap) return false;
    for (size_t i = 0; i < n; i += 2) {
        int a = hexval(s[i]), b = hexval(s[i + 1]);
        if (a < 0 || b < 0) return false;
        out[i / 2] = (uint8_t)(a * 16 + b);
    }
    *len = n / 2;
    return true;
}

/* One candump -l line: `(1533226488.230547) can0 260#08FFFB0000001884` (also `##F` FD, `R` remote). */
static bool parse_candump(const char *line, logged_t *out)
{
    double t;
    char iface[32], frame[300];
    if (sscanf(line, " (%lf) %31s %299s", &t, iface, frame) != 3) return false;
    memset(out, 0, sizeof *out);
    out->t = t;
    char *hash = strchr(frame, '#');
    if (!hash) return false;
    size_t idlen = (size_t)(hash - frame);
    if (idlen != 3 && idlen != 8) return false;
    out->f.id = (uint32_t)strtoul(frame, NULL, 16);
    out->f.extended = idlen == 8;
    const char *d = hash + 1;
    if (*d == '#') {
        out->f.fd = true;
        int flags = hexval(d[1]);
        if (flags < 0) return false;
        out->f.brs = flags & 1;
        out->f.esi = (flags & 2) != 0;
        d += 2;
    } else if (*d == 'R') {
        out->f.rtr = true;
        out->f.data.size = d[1] ? (pb_size_t)hexval(d[1]) : 0;
        memset(out->f.data.bytes, 0, sizeof out->f.data.bytes);
        return true;
    }
    size_t len = 0;
    if (!parse_hex(d, strlen(d), out->f.data.bytes, &len, out->f.fd ? 64 : 8)) return false;
    out->f.data.size = (pb_size_t)len;
    return true;
}

static double frame_bits(const bridge_can_frame_t *f)
{
    /* Nominal bits without stuffing: SOF..EOF + interframe space. */
    return (f->extended ? 67.0 : 47.0) + 8.0 * f->data.size;
}

/* A growing array of `elem`-sized records: room for one more, or exit (a simulator that ran
 * out of memory has nothing better to do). */
static void *room_for_one(void *items, size_t len, size_t *cap, size_t elem)
{
    if (len < *cap) return items;
    *cap = *cap ? *cap * 2 : 1024;
    void *p = realloc(items, *cap * elem);
    if (!p) { perror("bridge-sim"); exit(1); }
    return p;
}

/* Calls `take` for every line of a text file (without its line end); false when unreadable. */
static bool each_line(const char *path, void (*take)(char *line))
{
    FILE *fp = fopen(path, "r");
    if (!fp) return false;
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = 0;
        take(line);
    }
    fclose(fp);
    return true;
}

static size_t can_log_cap;

static void take_candump_line(char *line)
{
    logged_t l;
    if (!parse_candump(line, &l)) return;
    can_log = room_for_one(can_log, can_log_len, &can_log_cap, sizeof *can_log);
    can_log[can_log_len++] = l;
}

static bool start_can_replay(const char *path, double speed, uint32_t port)
{
    free(can_log);
    can_log = NULL;
    can_log_len = can_log_cap = 0;
    if (!each_line(path, take_candump_line)) return false;
    can_log_pos = 0;
    can_speed = speed > 0 ? speed : 1.0;
    can_port = port;
    can_start_mono = mono_us();
    can_bus_free_at = can_start_mono;
    can_log_t0 = can_log_len ? can_log[0].t : 0;
    return can_log_len > 0;
}

/* When the next replayed frame has finished on the bus (mono us). */
static double can_next_due(void)
{
    if (can_log_pos >= can_log_len) return INFINITY;
    const logged_t *l = &can_log[can_log_pos];
    double at = can_start_mono + (l->t - can_log_t0) * 1e6 / can_speed;
    double start = at > can_bus_free_at ? at : can_bus_free_at;
    double bus = opt_can_bitrate > 0 ? frame_bits(&l->f) * 1e6 / opt_can_bitrate / can_speed : 0;
    return start + bus;
}

static void can_step(double now)
{
    while (can_log_pos < can_log_len) {
        double due = can_next_due();
        if (due > now) break;
        bridge_can_frame_t f = can_log[can_log_pos].f;
        f.port = can_port;
        f.mcu_time_us = mcu_time_at(due);
#ifdef BRIDGE_CONTRACT_NEXT
        f.filter_index = 1;
#endif
        sim_can_received(&f, due);
        can_bus_free_at = due;
        can_log_pos++;
        simstats.can_replayed++;
        if (can_log_pos == can_log_len) say("event can-replay-done %u", (unsigned)can_log_len);
    }
    /* Flood: keep the receive queue topped up, as a saturated bus would. */
    while (flood_left > 0 && br.can_count < BRIDGE_CAN_RX_QUEUE / 2) {
        bridge_can_frame_t f;
        memset(&f, 0, sizeof f);
        f.port = flood_port;
        f.id = 0x100u + (flood_n % 0x600u);
        f.data.size = (pb_size_t)flood_dlc;
        for (uint32_t i = 0; i < flood_dlc; i++) f.data.bytes[i] = (uint8_t)(flood_n >> (8 * (i % 4)));
        double now = mono_us();
        f.mcu_time_us = mcu_time_at(now);
        sim_can_received(&f, now);
        flood_left--;
        flood_n++;
        simstats.can_flooded++;
        if (flood_left == 0) say("event can-flood-done %u", (unsigned)flood_n);
    }
}

/* A board's UART starts its next frame on the transmit-complete interrupt, and its CAN
 * controller stamps a frame when it ends on the bus, however late this process wakes up.
 * Runs the CAN and UART events due before `now` in their own order and at their own times:
 * a late wake-up delays the bytes it writes (they reach the pty no earlier than now), not the
 * frames after them. Starting the next frame at the wake-up instead stretched every frame of a
 * burst by this machine's wake-up latency, and slowed the line. */
static void paced_catch_up(double now)
{
    if (opt_baud <= 0) return;
    for (;;) {
        double tw = wire_len > 0 ? wire_done_at : INFINITY;
        double tc = can_next_due();
        double t = tw < tc ? tw : tc;
        if (t >= now) return;
        if (tc <= tw) can_step(tc);
        tx_step(t);
    }
}

/* ------------------------------------------------------------------ GNSS replay */

typedef struct { double utc; char text[130]; } sentence_t;
static sentence_t *gnss;
static size_t gnss_len, gnss_pos;
static double gnss_speed = 1.0, gnss_start_mono, gnss_t0;
static double gnss_next_pps_utc;

/* Seconds of the day from an NMEA time field hhmmss(.ss); -1 when absent. */
static double nmea_tod(const char *s)
{
    if (strlen(s) < 6) return -1;
    for (int i = 0; i < 6; i++) if (s[i] < '0' || s[i] > '9') return -1;
    double h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[2] - '0') * 10 + (s[3] - '0');
    double sec = atof(s + 4);
    return h * 3600 + m * 60 + sec;
}

static double sentence_time(const char *line)
{
    /* GGA, RMC, GLL, GNS, ZDA, GST carry the UTC time of the epoch. */
    const char *types[] = {"GGA,", "RMC,", "GNS,", "ZDA,", "GST,"};
    if (line[0] != '$' || strlen(line) < 7) return -1;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (strncmp(line + 3, types[i], 4) == 0) return nmea_tod(line + 7);
    }
    if (strncmp(line + 3, "GLL,", 4) == 0) {
        /* $xxGLL,lat,N,lon,E,hhmmss.ss,... */
        const char *p = line;
        for (int commas = 0; *p && commas < 5; p++) if (*p == ',') commas++;
        return nmea_tod(p);
    }
    return -1;
}

static size_t gnss_cap;
static double gnss_last_tod, gnss_day;

static void take_nmea_line(char *line)
{
    if (line[0] != '$' && line[0] != '!') return;
    if (strlen(line) > 128) return;
    double t = sentence_time(line);
    if (t >= 0) {
        if (gnss_last_tod >= 0 && t + gnss_day < gnss_last_tod - 43200) gnss_day += 86400; /* midnight */
        t += gnss_day;
        gnss_last_tod = t;
    } else {
        t = gnss_last_tod;
    }
    if (t < 0) return; /* before the first timed sentence */
    gnss = room_for_one(gnss, gnss_len, &gnss_cap, sizeof *gnss);
    gnss[gnss_len].utc = t;
    snprintf(gnss[gnss_len].text, sizeof gnss[gnss_len].text, "%s", line);
    gnss_len++;
}

static bool start_gnss_replay(const char *path, double speed)
{
    free(gnss);
    gnss = NULL;
    gnss_len = gnss_cap = 0;
    gnss_last_tod = -1;
    gnss_day = 0;
    if (!each_line(path, take_nmea_line)) return false;
    gnss_pos = 0;
    gnss_speed = speed > 0 ? speed : 1.0;
    gnss_start_mono = mono_us();
    gnss_t0 = gnss_len ? gnss[0].utc : 0;
    gnss_next_pps_utc = ceil(gnss_t0);
    return gnss_len > 0;
}

#define GNSS_OUTPUT_LATENCY_US 60000.0 /* receivers emit an epoch's sentences some ms after it */

static double gnss_mono(double utc, double extra_us)
{
    return gnss_start_mono + ((utc - gnss_t0) * 1e6 + extra_us) / gnss_speed;
}

static void gnss_step(double now)
{
    if (gnss_pos >= gnss_len) return;
    while (gnss_next_pps_utc <= gnss[gnss_len - 1].utc && gnss_mono(gnss_next_pps_utc, 0) <= now) {
        bridge_pps(&br, mcu_time_at(gnss_mono(gnss_next_pps_utc, 0)));
        simstats.pps++;
        gnss_next_pps_utc += 1.0;
    }
    while (gnss_pos < gnss_len) {
        double due = gnss_mono(gnss[gnss_pos].utc, GNSS_OUTPUT_LATENCY_US);
        if (due > now) break;
        bridge_gnss_sentence(&br, gnss[gnss_pos].text, mcu_time_at(due));
        gnss_pos++;
        simstats.gnss_sentences++;
        if (gnss_pos == gnss_len) say("event gnss-replay-done %u", (unsigned)gnss_len);
    }
}

static double gnss_next_due(void)
{
    if (gnss_pos >= gnss_len) return INFINITY;
    double a = gnss_mono(gnss[gnss_pos].utc, GNSS_OUTPUT_LATENCY_US);
    double b = gnss_next_pps_utc <= gnss[gnss_len - 1].utc ? gnss_mono(gnss_next_pps_utc, 0) : INFINITY;
    return a < b ? a : b;
}

/* ------------------------------------------------------------------ commands */

static v2xedge_bridge_v1_CanState parse_state(const char *s, bool *ok)
{
    *ok = true;
    if (!strcmp(s, "active")) return v2xedge_bridge_v1_CanState_CAN_STATE_ACTIVE;
    if (!strcmp(s, "warning")) return v2xedge_bridge_v1_CanState_CAN_STATE_WARNING;
    if (!strcmp(s, "passive")) return v2xedge_bridge_v1_CanState_CAN_STATE_PASSIVE;
    if (!strcmp(s, "bus-off")) return v2xedge_bridge_v1_CanState_CAN_STATE_BUS_OFF;
    if (!strcmp(s, "stopped")) return v2xedge_bridge_v1_CanState_CAN_STATE_STOPPED;
    *ok = false;
    return v2xedge_bridge_v1_CanState_CAN_STATE_UNSPECIFIED;
}

static void print_stats(void)
{
    const v2xedge_bridge_v1_LinkCounters *l = &br.link;
    say("stats {\"boot_count\":%u,\"session_open\":%s,\"rx_frames\":%u,\"rx_crc_errors\":%u,\"rx_framing_errors\":%u,"
        "\"rx_oversize\":%u,\"rx_decode_errors\":%u,\"rx_seq_gaps\":%u,\"tx_frames\":%u,\"tx_dropped\":%u,"
        "\"unsupported_bodies\":%u,\"can_rx_overruns\":%u,\"dropped\":%u,\"corrupted\":%u,\"garbage_bytes\":%u,"
        "\"rx_dropped\":%u,\"rx_corrupted\":%u,\"resets\":%u,\"can_replayed\":%u,\"can_flooded\":%u,"
        "\"gnss_sentences\":%u,\"pps\":%u,\"wire_dropped\":%u,\"line_lost_bytes\":%u,\"rx_fifo_lost_bytes\":%u,\"uart_lat_n\":%zu,\"uart_lat_p50_us\":%.0f,"
        "\"uart_lat_p90_us\":%.0f,\"uart_lat_p99_us\":%.0f,\"uart_lat_max_us\":%.0f,\"mcu_time_us\":%" PRIu64 "}",
        boot_count, br.session_open ? "true" : "false", br.rx.stats.frames, br.rx.stats.crc_errors,
        br.rx.stats.framing_errors, br.rx.stats.oversize, l->rx_decode_errors, l->rx_seq_gaps, l->tx_frames,
        l->tx_dropped, br.unsupported_bodies, br.can_rx_overruns, simstats.dropped, simstats.corrupted,
        simstats.garbage_bytes, simstats.rx_dropped, simstats.rx_corrupted, simstats.resets, simstats.can_replayed,
        simstats.can_flooded, simstats.gnss_sentences, simstats.pps, wire_dropped, simstats.line_lost_bytes, simstats.rx_fifo_lost_bytes, uart_lat_n, uart_lat_pct(0.5),
        uart_lat_pct(0.9), uart_lat_pct(0.99), uart_lat_pct(1.0), plat_now(NULL));
}

static bool running = true;

static void command(char *line)
{
    char *argv[8] = {0};
    int argc = 0;
    for (char *tok = strtok(line, " \t\r\n"); tok && argc < 8; tok = strtok(NULL, " \t\r\n")) argv[argc++] = tok;
    if (argc == 0) return;
    const char *v = argv[0];
    double now = mono_us();
    long n1 = argc > 1 ? strtol(argv[1], NULL, 0) : 0;
    if (!strcmp(v, "drop")) fault_drop += (uint32_t)n1;
    else if (!strcmp(v, "corrupt")) fault_corrupt += (uint32_t)n1;
    else if (!strcmp(v, "drop-rx")) fault_drop_rx += (uint32_t)n1;
    else if (!strcmp(v, "corrupt-rx")) fault_corrupt_rx += (uint32_t)n1;
    else if (!strcmp(v, "garbage")) {
        uint8_t g[4096];
        size_t n = (size_t)n1 > sizeof g ? sizeof g : (size_t)n1;
        bool nz = argc > 2 && !strcmp(argv[2], "nz");
        for (size_t i = 0; i < n; i++) {
            g[i] = (uint8_t)rnd();
            if (nz && g[i] == 0) g[i] = 0x5a;
        }
        line_write(g, n);
        simstats.garbage_bytes += (uint32_t)n;
    } else if (!strcmp(v, "delay")) {
        fault_delay_us = (double)n1 * 1000.0;
        fault_delay_all = argc < 3;
        fault_delay_count = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 0) : 0;
    } else if (!strcmp(v, "silent")) silent_until = now + (double)n1 * 1000.0;
    else if (!strcmp(v, "reset")) {
        v2xedge_bridge_v1_ResetReason reason = v2xedge_bridge_v1_ResetReason_RESET_REASON_WATCHDOG;
        if (argc > 1 && !strcmp(argv[1], "power-on")) reason = v2xedge_bridge_v1_ResetReason_RESET_REASON_POWER_ON;
        if (argc > 1 && !strcmp(argv[1], "software")) reason = v2xedge_bridge_v1_ResetReason_RESET_REASON_SOFTWARE;
        if (argc > 1 && !strcmp(argv[1], "brown-out")) reason = v2xedge_bridge_v1_ResetReason_RESET_REASON_BROWN_OUT;
        boot_count++;
        simstats.resets++;
        /* What a rebooting board puts on the line: a half-sent frame, then a bootloader banner. */
        wire_len = 0;
        for (size_t i = 0; i < rxq_count; i++) free(rxq[(rxq_head + i) % RXQ].bytes);
        rxq_count = 0;
        rx_frame_len = 0;
        fault_drop = fault_corrupt = fault_drop_rx = fault_corrupt_rx = 0;
        fault_delay_us = 0;
        silent_until = 0;
        static const uint8_t noise[] = {0x21, 0x07, 0x33, 0x91, 'B', 'O', 'O', 'T', ' ', 's', 'i', 'm', '\r', '\n', 0x00};
        line_write(noise, sizeof noise);
        can_log_pos = can_log_len; /* the vehicle keeps driving, but this replay ends */
        can_end_count = 0;
        flood_left = 0;
        gnss_pos = gnss_len;
        boot(reason);
    } else if (!strcmp(v, "can-replay")) {
        if (argc < 2 || !start_can_replay(argv[1], argc > 2 ? atof(argv[2]) : 1.0, argc > 3 ? (uint32_t)atoi(argv[3]) : 0)) {
            say("err can-replay: cannot read a candump log from %s", argc > 1 ? argv[1] : "(none)");
            return;
        }
    } else if (!strcmp(v, "can-flood")) {
        flood_left = (uint32_t)n1;
        flood_n = 0;
        flood_dlc = argc > 2 ? (uint32_t)atoi(argv[2]) : 8;
        if (flood_dlc > 8) flood_dlc = 8;
        flood_port = argc > 3 ? (uint32_t)atoi(argv[3]) : 0;
    } else if (!strcmp(v, "can-state")) {
        bool ok = false;
        uint32_t port = (uint32_t)n1;
        v2xedge_bridge_v1_CanState st = argc > 2 ? parse_state(argv[2], &ok) : v2xedge_bridge_v1_CanState_CAN_STATE_UNSPECIFIED;
        if (!ok || port >= opt_can_ports) {
            say("err can-state: usage can-state PORT active|warning|passive|bus-off|stopped");
            return;
        }
        port_state[port] = st;
        port_tx_err[port] = st == v2xedge_bridge_v1_CanState_CAN_STATE_BUS_OFF ? 256 : st == v2xedge_bridge_v1_CanState_CAN_STATE_PASSIVE ? 128 : st == v2xedge_bridge_v1_CanState_CAN_STATE_WARNING ? 96 : 0;
        v2xedge_bridge_v1_CanBusStatus s;
        plat_can_status(NULL, port, &s);
        bridge_can_state_changed(&br, &s);
    } else if (!strcmp(v, "can-error")) {
        v2xedge_bridge_v1_CanErrorFrame e;
        memset(&e, 0, sizeof e);
        e.port = (uint32_t)n1;
        e.error_class = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 16) : 0;
        size_t len = 0;
        if (argc > 3 && !parse_hex(argv[3], strlen(argv[3]), e.data.bytes, &len, 8)) {
            say("err can-error: DATA_HEX must be up to 8 bytes of hex");
            return;
        }
        e.data.size = (pb_size_t)len;
        e.mcu_time_us = plat_now(NULL);
        bridge_can_error(&br, &e);
    } else if (!strcmp(v, "gnss-replay")) {
        if (argc < 2 || !start_gnss_replay(argv[1], argc > 2 ? atof(argv[2]) : 1.0)) {
            say("err gnss-replay: cannot read NMEA from %s", argc > 1 ? argv[1] : "(none)");
            return;
        }
    } else if (!strcmp(v, "radio")) radio_on = argc > 1 && !strcmp(argv[1], "on");
    else if (!strcmp(v, "stats")) { print_stats(); return; }
    else if (!strcmp(v, "lat-reset")) uart_lat_n = uart_late_from = 0;
    else if (!strcmp(v, "lat-dump")) {
        FILE *fp = argc > 1 ? fopen(argv[1], "w") : NULL;
        if (!fp) {
            say("err lat-dump: cannot write %s", argc > 1 ? argv[1] : "(none)");
            return;
        }
        for (size_t i = 0; i < uart_lat_n; i++) fprintf(fp, "%.1f %.1f\n", uart_lat[i], uart_late[i]);
        fclose(fp);
    }
    else if (!strcmp(v, "quit")) running = false;
    else { say("err unknown command %s", v); return; }
    say("ok %s", v);
}

/* ------------------------------------------------------------------ --model */

static int run_model(const char *log)
{
    if (opt_baud <= 0) {
        fprintf(stderr, "bridge-sim: --model needs --baud\n");
        return 2;
    }
    virtual_mono = 0;
    boot(v2xedge_bridge_v1_ResetReason_RESET_REASON_POWER_ON);
    /* A host session: one Hello, and its reply and the boot notice sent. */
    static bridge_frame_t hello;
    hello.seq = 1;
    hello.which_body = v2xedge_bridge_v1_Frame_hello_tag;
    hello.body.hello.contract_major = BRIDGE_CONTRACT_MAJOR;
    static uint8_t payload[BRIDGE_MAX_FRAME_PAYLOAD], buf[BRIDGE_MAX_WIRE_FRAME];
    size_t len = 0;
    if (!bridge_encode_payload(&hello, payload, sizeof payload, &len)) return 1;
    bridge_rx_bytes(&br, buf, frame_encode(payload, len, buf, -1));
    while (bridge_tx_pending(&br)) bridge_poll_tx(&br, buf, -1);
    if (!br.session_open || !start_can_replay(log, 1.0, 0)) {
        fprintf(stderr, "bridge-sim: cannot replay %s\n", log);
        return 1;
    }
    double uart_free = 0, first = -1, last = 0;
    size_t bytes = 0;
    for (;;) {
        double next_can = can_next_due();
        bool pending = bridge_tx_pending(&br);
        if (!pending && next_can == INFINITY) break;
        double t = pending ? (uart_free > virtual_mono ? uart_free : virtual_mono) : next_can;
        if (next_can <= t) {
            virtual_mono = next_can;
            can_step(virtual_mono);
            continue;
        }
        virtual_mono = t;
        uint32_t queued = br.can_count;
        size_t n = bridge_poll_tx(&br, buf, -1);
        double done = t + (double)n * 10e6 / opt_baud;
        note_uart_latency(queued - br.can_count, done);
        if (first < 0) first = t;
        last = done;
        uart_free = done;
        bytes += n;
    }
    printf("{\"frames\":%zu,\"overruns\":%u,\"uart_lat_p50_us\":%.0f,\"uart_lat_p90_us\":%.0f,\"uart_lat_p99_us\":%.0f,"
           "\"uart_lat_max_us\":%.0f,\"uart_bytes_per_frame\":%.1f,\"uart_load_pct\":%.1f}\n",
           uart_lat_n, br.can_rx_overruns, uart_lat_pct(0.5), uart_lat_pct(0.9), uart_lat_pct(0.99), uart_lat_pct(1.0),
           (double)bytes / (double)(uart_lat_n ? uart_lat_n : 1), (double)bytes * 10e6 / opt_baud / (last - first) * 100.0);
    return 0;
}

/* ------------------------------------------------------------------ main loop */

/* --own-pty: a new pty; the master is the MCU's end of the line. The simulator keeps the slave
 * open too (never reading it), so the master does not report a hang-up before the host opens
 * it or between two opens: a board's UART does not notice the host's port closing either. */
static int own_pty_slave = -1;

static int open_own_pty(const char *link)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m < 0) return -1;
    const char *name = grantpt(m) == 0 && unlockpt(m) == 0 ? ptsname(m) : NULL;
    if (name) own_pty_slave = open(name, O_RDWR | O_NOCTTY | O_NONBLOCK);
    struct termios tio;
    if (own_pty_slave < 0 || tcgetattr(own_pty_slave, &tio) != 0) {
        close(m);
        return -1;
    }
    cfmakeraw(&tio);
    tcsetattr(own_pty_slave, TCSANOW, &tio);
    unlink(link);
    if (symlink(name, link) != 0) {
        close(m);
        return -1;
    }
    return m;
}

static void usage(void)
{
    fprintf(stderr, "usage: bridge-sim --pty PATH | --own-pty LINK [--baud N] [--clock-offset-us N] [--clock-drift-ppm X]\n"
                    "                  [--clock-base boot|monotonic] [--can-ports N] [--can-bitrate N] [--seed N]\n"
                    "                  [--can-wire DIR] [--classic-only 1]\n"
                    "       bridge-sim --model CANDUMP_LOG --baud N [--can-bitrate N]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!val) usage();
        if (!strcmp(a, "--pty")) opt_pty = val;
        else if (!strcmp(a, "--own-pty")) opt_own_pty = val;
        else if (!strcmp(a, "--baud")) opt_baud = atof(val);
        else if (!strcmp(a, "--clock-offset-us")) opt_offset_us = atof(val);
        else if (!strcmp(a, "--clock-drift-ppm")) opt_drift_ppm = atof(val);
        else if (!strcmp(a, "--clock-base")) opt_clock_monotonic = !strcmp(val, "monotonic");
        else if (!strcmp(a, "--can-ports")) opt_can_ports = (uint32_t)atoi(val);
        else if (!strcmp(a, "--can-bitrate")) opt_can_bitrate = atof(val);
        else if (!strcmp(a, "--seed")) rng_state = strtoull(val, NULL, 0) | 1u;
        else if (!strcmp(a, "--can-wire")) opt_wire_dir = val;
        else if (!strcmp(a, "--classic-only")) opt_classic_only = atoi(val) != 0;
        else if (!strcmp(a, "--model")) opt_model = val;
        else usage();
        i++;
    }
    if (opt_model) return run_model(opt_model);
    if (!opt_pty == !opt_own_pty || opt_can_ports == 0 || opt_can_ports > BRIDGE_MAX_CAN_PORTS) usage();
    signal(SIGPIPE, SIG_IGN);
    /* The default timer slack (50 us) would make every paced wake-up up to 50 us late: a
     * board's UART and CAN controller interrupt on time. */
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    fd = opt_own_pty ? open_own_pty(opt_own_pty) : open(opt_pty, O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        fprintf(stderr, "bridge-sim: cannot open %s: %s\n", opt_own_pty ? opt_own_pty : opt_pty, strerror(errno));
        return 1;
    }
    struct termios tio;
    if (tcgetattr(fd, &tio) == 0) {
        cfmakeraw(&tio);
        tcsetattr(fd, TCSANOW, &tio);
    }
    fcntl(STDIN_FILENO, F_SETFL, fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
    if (opt_wire_dir) wire_open();
    boot(v2xedge_bridge_v1_ResetReason_RESET_REASON_POWER_ON);
    say("ready %s contract %u.%u", opt_own_pty ? opt_own_pty : opt_pty, BRIDGE_CONTRACT_MAJOR, BRIDGE_CONTRACT_MINOR);

    char cmd[1024];
    size_t cmd_len = 0;
    while (running) {
        double now = mono_us();
        paced_catch_up(now);
        rx_due(now);
        can_step(now);
        gnss_step(now);
        tx_step(now);

        double next = INFINITY;
        if (wire_len > 0) next = wire_done_at;
        if (rxq_count > 0 && rxq[rxq_head].at < next) next = rxq[rxq_head].at;
        double c = can_next_due();
        if (c < next) next = c;
        double g = gnss_next_due();
        if (g < next) next = g;
        if (silent_until > now && silent_until < next) next = silent_until;
        if (flood_left > 0 || (wire_len == 0 && bridge_tx_pending(&br) && now >= silent_until && out_len <= sizeof outbuf / 2)) next = now;
        /* Wait for input or the next due event, with microsecond resolution (ppoll). */
        double wait_us = next == INFINITY ? 1e6 : next - mono_us();
        if (wait_us < 0) wait_us = 0;
        if (wait_us > 1e6) wait_us = 1e6;
        if (out_len > 0 && wait_us > 5000) wait_us = 5000;
        struct timespec ts = {.tv_sec = (time_t)(wait_us / 1e6), .tv_nsec = (long)(fmod(wait_us, 1e6) * 1000.0)};
        struct pollfd pfd[3] = {{.fd = STDIN_FILENO, .events = POLLIN}, {.fd = fd, .events = POLLIN}, {.fd = wire_fd, .events = POLLIN}};
        int r = ppoll(pfd, wire_fd >= 0 ? 3 : 2, &ts, NULL);
        if (r < 0 && errno != EINTR) break;
        if (pfd[0].revents & (POLLIN | POLLHUP)) {
            ssize_t n = read(STDIN_FILENO, cmd + cmd_len, sizeof cmd - 1 - cmd_len);
            if (n == 0) break; /* stdin closed: the test is gone */
            if (n > 0) {
                cmd_len += (size_t)n;
                char *nl;
                while ((nl = memchr(cmd, '\n', cmd_len))) {
                    *nl = 0;
                    command(cmd);
                    size_t used = (size_t)(nl - cmd) + 1;
                    memmove(cmd, cmd + used, cmd_len - used);
                    cmd_len -= used;
                }
                if (cmd_len == sizeof cmd - 1) cmd_len = 0;
            }
        }
        if (pfd[1].revents & POLLIN) read_line_bytes(mono_us());
        if (wire_fd >= 0 && (pfd[2].revents & POLLIN)) wire_receive();
        if (out_len > 0) flush_out();
    }
    close(fd);
    if (opt_own_pty) unlink(opt_own_pty);
    if (wire_fd >= 0) unlink(wire_self);
    return 0;
}
