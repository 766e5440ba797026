#include "bridge.h"

#include <stdio.h>
#include <string.h>

#include <pb_decode.h>
#include <pb_encode.h>

/* One Frame struct for decoding and one for encoding: they are large (the CAN batch). */
static bridge_frame_t rx_frame;
static bridge_frame_t tx_frame;

static uint64_t now(const bridge_t *b) { return b->p.now_us(b->p.ctx); }

static uint32_t next_seq(uint32_t s) { return s == 0xFFFFFFFFu ? 1u : s + 1u; }

bool bridge_encode_payload(const bridge_frame_t *f, uint8_t *out, size_t cap, size_t *len)
{
    pb_ostream_t os = pb_ostream_from_buffer(out, cap);
    if (!pb_encode(&os, v2xedge_bridge_v1_Frame_fields, f)) return false;
    *len = os.bytes_written;
    return true;
}

bool bridge_decode_payload(const uint8_t *payload, size_t len, bridge_frame_t *f)
{
    pb_istream_t is = pb_istream_from_buffer(payload, len);
    return pb_decode(&is, v2xedge_bridge_v1_Frame_fields, f);
}

static bridge_out_t *push_out(bridge_t *b, pb_size_t which, uint32_t ack_seq)
{
    if (b->out_count == BRIDGE_TX_QUEUE) {
        b->link.tx_dropped++;
        return NULL;
    }
    bridge_out_t *o = &b->out_q[(b->out_head + b->out_count) % BRIDGE_TX_QUEUE];
    b->out_count++;
    memset(o, 0, sizeof *o);
    o->which = which;
    o->ack_seq = ack_seq;
    return o;
}

static void error_report(bridge_t *b, v2xedge_bridge_v1_ErrorCode code, uint32_t ref_seq, const char *detail)
{
    bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_error_report_tag, ref_seq);
    if (!o) return;
    o->u.error_report.code = code;
    o->u.error_report.ref_seq = ref_seq;
    snprintf(o->u.error_report.detail, sizeof o->u.error_report.detail, "%s", detail);
}

void bridge_init(bridge_t *b, const bridge_platform_t *p, uint32_t boot_count, v2xedge_bridge_v1_ResetReason reason)
{
    memset(b, 0, sizeof *b);
    b->p = *p;
    b->boot_count = boot_count;
    frame_decoder_init(&b->rx, b->rx_buf, b->rx_scratch, BRIDGE_MAX_FRAME_PAYLOAD);
    bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_boot_notice_tag, 0);
    if (o) {
        o->u.boot_notice.boot_count = boot_count;
        o->u.boot_notice.reason = reason;
    }
}

static bool valid_fd_len(size_t n)
{
    return n <= 8 || n == 12 || n == 16 || n == 20 || n == 24 || n == 32 || n == 48 || n == 64;
}

/* The same rules as the host's CanBus contract (hal/can/types.ts). */
static const char *can_frame_problem(const bridge_t *b, const bridge_can_frame_t *f)
{
    if (f->port >= b->p.can_ports) return "no such port";
    if (f->id > (f->extended ? 0x1FFFFFFFu : 0x7FFu)) return "id out of range";
    if (f->rtr && f->fd) return "remote frames are classic only";
    if (f->brs && !f->fd) return "brs needs fd";
    if (f->fd ? !valid_fd_len(f->data.size) : f->data.size > 8) return "bad data length";
    return NULL;
}

static void handle_can_transmit(bridge_t *b, uint32_t seq, const bridge_can_frame_t *f)
{
    bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_can_transmit_report_tag, seq);
    if (!o) return;
    const char *problem = can_frame_problem(b, f);
    if (problem) {
        o->u.can_transmit_report.status = f->port >= b->p.can_ports ? v2xedge_bridge_v1_TxStatus_TX_STATUS_NO_SUCH_PORT
                                                                      : v2xedge_bridge_v1_TxStatus_TX_STATUS_INVALID;
        return;
    }
    uint64_t t = 0;
    o->u.can_transmit_report.status = b->p.can_transmit ? b->p.can_transmit(b->p.ctx, f, &t)
                                                        : v2xedge_bridge_v1_TxStatus_TX_STATUS_NO_SUCH_PORT;
    if (o->u.can_transmit_report.status == v2xedge_bridge_v1_TxStatus_TX_STATUS_OK) o->u.can_transmit_report.mcu_time_us = t;
}

static void fill_status(bridge_t *b, v2xedge_bridge_v1_StatusReport *s)
{
    s->uptime_ms = (uint32_t)(now(b) / 1000u);
    s->has_link = true;
    s->link = b->link;
    s->link.rx_frames = b->rx.stats.frames;
    s->link.rx_crc_errors = b->rx.stats.crc_errors;
    s->link.rx_framing_errors = b->rx.stats.framing_errors;
    s->link.rx_oversize = b->rx.stats.oversize;
    uint32_t ports = b->p.can_ports < BRIDGE_MAX_CAN_PORTS ? b->p.can_ports : BRIDGE_MAX_CAN_PORTS;
    for (uint32_t i = 0; i < ports && b->p.can_status; i++) {
        b->p.can_status(b->p.ctx, i, &s->can[i]);
        s->can[i].port = i;
        s->can_count = (pb_size_t)(i + 1);
    }
    s->tx_queue_depth = b->out_count;
    s->can_rx_overruns = b->can_rx_overruns;
}

static void on_frame(void *ctx, const uint8_t *payload, size_t len)
{
    bridge_t *b = ctx;
    uint64_t t2 = now(b);
    memset(&rx_frame, 0, sizeof rx_frame);
    if (!bridge_decode_payload(payload, len, &rx_frame)) {
        b->link.rx_decode_errors++;
        error_report(b, v2xedge_bridge_v1_ErrorCode_ERROR_CODE_DECODE_FAILED, 0, "payload is not a Frame");
        return;
    }
    const bridge_frame_t *f = &rx_frame;
    /* A Hello with seq 1 starts a new host session: no gap. */
    bool new_session = f->which_body == v2xedge_bridge_v1_Frame_hello_tag && f->seq == 1u;
    if (b->last_rx_seq != 0 && !new_session && f->seq != next_seq(b->last_rx_seq)) b->link.rx_seq_gaps++;
    b->last_rx_seq = f->seq;

    if (f->which_body == v2xedge_bridge_v1_Frame_hello_tag) {
        bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_hello_ack_tag, f->seq);
        b->session_open = f->body.hello.contract_major == BRIDGE_CONTRACT_MAJOR;
        b->can_count = 0; /* a new session starts with fresh traffic */
        if (!o) return;
        v2xedge_bridge_v1_HelloAck *a = &o->u.hello_ack;
        a->contract_major = BRIDGE_CONTRACT_MAJOR;
        a->contract_minor = BRIDGE_CONTRACT_MINOR;
        snprintf(a->firmware_version, sizeof a->firmware_version, "%s", b->p.firmware_version ? b->p.firmware_version : "");
        snprintf(a->board, sizeof a->board, "%s", b->p.board ? b->p.board : "");
        size_t n = b->p.device_id_len < sizeof a->device_id.bytes ? b->p.device_id_len : sizeof a->device_id.bytes;
        if (n) memcpy(a->device_id.bytes, b->p.device_id, n);
        a->device_id.size = (pb_size_t)n;
        size_t c = b->p.capabilities_count < 8 ? b->p.capabilities_count : 8;
        for (size_t i = 0; i < c; i++) a->capabilities[i] = b->p.capabilities[i];
        a->capabilities_count = (pb_size_t)c;
        a->can_ports = b->p.can_ports;
        a->max_frame_size = BRIDGE_MAX_FRAME_PAYLOAD;
        a->boot_count = b->boot_count;
        a->mcu_time_us = t2;
#ifdef BRIDGE_CONTRACT_NEXT
        snprintf(a->serial_number, sizeof a->serial_number, "SIM-%04u", (unsigned)b->boot_count);
        bridge_out_t *log = push_out(b, v2xedge_bridge_v1_Frame_mcu_log_tag, 0);
        if (log) {
            log->u.mcu_log.level = 2;
            snprintf(log->u.mcu_log.text, sizeof log->u.mcu_log.text, "session opened by %.40s", f->body.hello.host_software);
        }
#endif
        return;
    }
    if (f->which_body == 0) {
        b->unsupported_bodies++;
        error_report(b, v2xedge_bridge_v1_ErrorCode_ERROR_CODE_UNSUPPORTED_BODY, f->seq, "unknown body (newer contract?)");
        return;
    }
    if (!b->session_open) {
        error_report(b, v2xedge_bridge_v1_ErrorCode_ERROR_CODE_NOT_READY, f->seq, "no session: send Hello first");
        return;
    }
    switch (f->which_body) {
    case v2xedge_bridge_v1_Frame_heartbeat_tag: {
        bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_heartbeat_ack_tag, f->seq);
        if (!o) return;
        o->u.heartbeat_ack.mcu_time_us = t2;
        o->u.heartbeat_ack.tx_queue_depth = b->out_count - 1u;
#ifdef BRIDGE_CONTRACT_NEXT
        o->u.heartbeat_ack.temperature_decic = 415;
#endif
        return;
    }
#ifdef BRIDGE_CONTRACT_NEXT
    case v2xedge_bridge_v1_Frame_can_filter_tag: {
        bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_can_filter_reply_tag, f->seq);
        if (!o) return;
        bool ok = f->body.can_filter.port < b->p.can_ports;
        o->u.can_filter_reply.status = ok ? v2xedge_bridge_v1_TxStatus_TX_STATUS_OK : v2xedge_bridge_v1_TxStatus_TX_STATUS_NO_SUCH_PORT;
        o->u.can_filter_reply.filters_used = ok ? f->body.can_filter.ids_count : 0;
        return;
    }
#endif
    case v2xedge_bridge_v1_Frame_time_sync_request_tag: {
        bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_time_sync_response_tag, f->seq);
        if (!o) return;
        o->rx_time_us = t2;
        o->u.time_sync_response.host_time_us = f->body.time_sync_request.host_time_us;
        o->u.time_sync_response.mcu_receive_us = t2;
        return; /* mcu_transmit_us is stamped when the frame is sent */
    }
    case v2xedge_bridge_v1_Frame_can_transmit_tag:
        handle_can_transmit(b, f->seq, &f->body.can_transmit);
        return;
    case v2xedge_bridge_v1_Frame_v2x_transmit_tag: {
        bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_v2x_transmit_report_tag, f->seq);
        if (!o) return;
        if (b->p.v2x_transmit) b->p.v2x_transmit(b->p.ctx, &f->body.v2x_transmit, &o->u.v2x_transmit_report);
        else o->u.v2x_transmit_report.status = v2xedge_bridge_v1_TxStatus_TX_STATUS_RADIO_OFF;
        return;
    }
    case v2xedge_bridge_v1_Frame_status_request_tag: {
        bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_status_report_tag, f->seq);
        if (o) fill_status(b, &o->u.status_report);
        return;
    }
    default:
        error_report(b, v2xedge_bridge_v1_ErrorCode_ERROR_CODE_INVALID_ARGUMENT, f->seq, "not a request (MCU -> host body)");
        return;
    }
}

void bridge_rx_bytes(bridge_t *b, const uint8_t *bytes, size_t n)
{
    frame_decoder_push(&b->rx, bytes, n, on_frame, b);
}

void bridge_can_received(bridge_t *b, const bridge_can_frame_t *f)
{
    if (!b->session_open) return;
    if (b->can_count == BRIDGE_CAN_RX_QUEUE) {
        b->can_rx_overruns++;
        b->can_rx_overruns_new++;
        return;
    }
    b->can_q[(b->can_head + b->can_count) % BRIDGE_CAN_RX_QUEUE] = *f;
    b->can_count++;
}

void bridge_can_state_changed(bridge_t *b, const v2xedge_bridge_v1_CanBusStatus *st)
{
    if (!b->session_open) return;
    bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_can_bus_status_tag, 0);
    if (o) o->u.can_bus_status = *st;
}

void bridge_can_error(bridge_t *b, const v2xedge_bridge_v1_CanErrorFrame *e)
{
    if (!b->session_open) return;
    bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_can_error_frame_tag, 0);
    if (o) o->u.can_error_frame = *e;
}

void bridge_gnss_sentence(bridge_t *b, const char *text, uint64_t time_us)
{
    if (!b->session_open) return;
    bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_gnss_sentence_tag, 0);
    if (!o) return;
    snprintf(o->u.gnss_sentence.text, sizeof o->u.gnss_sentence.text, "%s", text);
    o->u.gnss_sentence.mcu_time_us = time_us;
}

void bridge_pps(bridge_t *b, uint64_t time_us)
{
    b->pps_count++;
    if (!b->session_open) return;
    bridge_out_t *o = push_out(b, v2xedge_bridge_v1_Frame_pps_mark_tag, 0);
    if (!o) return;
    o->u.pps_mark.mcu_time_us = time_us;
    o->u.pps_mark.count = b->pps_count;
}

bool bridge_tx_pending(const bridge_t *b)
{
    return b->out_count > 0 || b->can_count > 0;
}

/* Encoded size of one CAN frame inside the batch: tag, length, message. */
static size_t batch_item_size(const bridge_can_frame_t *f)
{
    size_t n = 0;
    pb_get_encoded_size(&n, v2xedge_bridge_v1_CanFrame_fields, f);
    return 1u + (n < 128 ? 1u : 2u) + n;
}

static void fill_from_out(bridge_t *b, bridge_frame_t *f)
{
    bridge_out_t *o = &b->out_q[b->out_head];
    b->out_head = (b->out_head + 1u) % BRIDGE_TX_QUEUE;
    b->out_count--;
    f->ack_seq = o->ack_seq;
    f->which_body = o->which;
    switch (o->which) {
    case v2xedge_bridge_v1_Frame_hello_ack_tag: f->body.hello_ack = o->u.hello_ack; break;
    case v2xedge_bridge_v1_Frame_heartbeat_ack_tag: f->body.heartbeat_ack = o->u.heartbeat_ack; break;
    case v2xedge_bridge_v1_Frame_time_sync_response_tag:
        f->body.time_sync_response = o->u.time_sync_response;
        f->body.time_sync_response.mcu_transmit_us = now(b); /* t3: as late as possible */
        break;
    case v2xedge_bridge_v1_Frame_can_transmit_report_tag: f->body.can_transmit_report = o->u.can_transmit_report; break;
    case v2xedge_bridge_v1_Frame_v2x_transmit_report_tag: f->body.v2x_transmit_report = o->u.v2x_transmit_report; break;
    case v2xedge_bridge_v1_Frame_status_report_tag: f->body.status_report = o->u.status_report; break;
    case v2xedge_bridge_v1_Frame_error_report_tag: f->body.error_report = o->u.error_report; break;
    case v2xedge_bridge_v1_Frame_boot_notice_tag: f->body.boot_notice = o->u.boot_notice; break;
    case v2xedge_bridge_v1_Frame_can_bus_status_tag: f->body.can_bus_status = o->u.can_bus_status; break;
    case v2xedge_bridge_v1_Frame_can_error_frame_tag: f->body.can_error_frame = o->u.can_error_frame; break;
    case v2xedge_bridge_v1_Frame_gnss_sentence_tag: f->body.gnss_sentence = o->u.gnss_sentence; break;
    case v2xedge_bridge_v1_Frame_pps_mark_tag: f->body.pps_mark = o->u.pps_mark; break;
#ifdef BRIDGE_CONTRACT_NEXT
    case v2xedge_bridge_v1_Frame_mcu_log_tag: f->body.mcu_log = o->u.mcu_log; break;
    case v2xedge_bridge_v1_Frame_can_filter_reply_tag: f->body.can_filter_reply = o->u.can_filter_reply; break;
#endif
    default: f->which_body = 0; break;
    }
}

static void fill_batch(bridge_t *b, bridge_frame_t *f)
{
    /* Room for seq, the body's tag and length, and the overrun count. */
    size_t room = BRIDGE_MAX_FRAME_PAYLOAD - 20u;
    v2xedge_bridge_v1_CanFrameBatch *batch = &f->body.can_rx;
    f->which_body = v2xedge_bridge_v1_Frame_can_rx_tag;
    batch->frames_count = 0;
    while (b->can_count > 0 && batch->frames_count < (pb_size_t)(sizeof batch->frames / sizeof batch->frames[0])) {
        const bridge_can_frame_t *c = &b->can_q[b->can_head];
        size_t n = batch_item_size(c);
        if (n > room) break;
        room -= n;
        batch->frames[batch->frames_count++] = *c;
        b->can_head = (b->can_head + 1u) % BRIDGE_CAN_RX_QUEUE;
        b->can_count--;
    }
    batch->overruns = b->can_rx_overruns_new;
    b->can_rx_overruns_new = 0;
}

size_t bridge_poll_tx(bridge_t *b, uint8_t *out, long corrupt_bit)
{
    static uint8_t payload[BRIDGE_MAX_FRAME_PAYLOAD];
    if (!bridge_tx_pending(b)) return 0;
    memset(&tx_frame, 0, sizeof tx_frame);
    if (b->out_count > 0) fill_from_out(b, &tx_frame);
    else fill_batch(b, &tx_frame);
    b->tx_seq = next_seq(b->tx_seq);
    tx_frame.seq = b->tx_seq;
    size_t len = 0;
    if (!bridge_encode_payload(&tx_frame, payload, sizeof payload, &len)) {
        b->link.tx_dropped++;
        return 0;
    }
    b->link.tx_frames++;
    return frame_encode(payload, len, out, corrupt_bit);
}
