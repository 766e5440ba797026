/* bridge-vectors: the C side of the contract-compatibility tests.
 *
 *   bridge-vectors emit        one golden Frame per body kind, every field set: `NAME HEX`
 *   bridge-vectors roundtrip   for each stdin line of payload hex: decode with nanopb and encode
 *                              again: `OK BODY_TAG HEX`, or `ERR reason`
 *   bridge-vectors frame       for each stdin line of payload hex: the framed bytes, hex
 *   bridge-vectors unframe     stdin: wire bytes as hex (one line); each frame's payload hex, then
 *                              `stats FRAMES CRC_ERRORS FRAMING_ERRORS OVERSIZE`
 *   bridge-vectors info        contract version and limits
 *
 * The golden values are repeated in test/firmware-bridge/golden.ts; the tests check that this
 * program's bytes decode to them with the TypeScript code, and that the TypeScript encoding
 * of them is byte-identical. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bridge.h"

static bridge_frame_t fr;

static void put_hex(const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
}

static void emit(const char *name)
{
    static uint8_t buf[BRIDGE_MAX_FRAME_PAYLOAD * 4];
    size_t len = 0;
    if (!bridge_encode_payload(&fr, buf, sizeof buf, &len)) {
        fprintf(stderr, "encode %s failed\n", name);
        exit(1);
    }
    printf("%s ", name);
    put_hex(buf, len);
    printf("\n");
    memset(&fr, 0, sizeof fr);
}

#define BODY(tag) (fr.which_body = v2xedge_bridge_v1_Frame_##tag##_tag, &fr.body.tag)

static void emit_all(void)
{
    memset(&fr, 0, sizeof fr);

    fr.seq = 1;
    v2xedge_bridge_v1_Hello *h = BODY(hello);
    h->contract_major = 1;
    h->contract_minor = 7;
    strcpy(h->host_software, "v2x-edge/0.1.0 (\xc3\xbcnic\xc3\xb6" "de)");
    h->max_frame_size = 1536;
    emit("hello");

    fr.seq = 1;
    fr.ack_seq = 1;
    v2xedge_bridge_v1_HelloAck *ha = BODY(hello_ack);
    ha->contract_major = 1;
    ha->contract_minor = 3;
    strcpy(ha->firmware_version, "fw 2.4.1-rc1");
    strcpy(ha->board, "STM32G474 rev C");
    static const uint8_t id[12] = {0x00, 0xff, 0x10, 0x00, 0x7f, 0x80, 0x01, 0x02, 0x03, 0x00, 0x00, 0xaa};
    memcpy(ha->device_id.bytes, id, sizeof id);
    ha->device_id.size = sizeof id;
    ha->capabilities[0] = v2xedge_bridge_v1_Capability_CAPABILITY_CAN;
    ha->capabilities[1] = v2xedge_bridge_v1_Capability_CAPABILITY_CAN_FD;
    ha->capabilities[2] = v2xedge_bridge_v1_Capability_CAPABILITY_PPS;
    ha->capabilities[3] = v2xedge_bridge_v1_Capability_CAPABILITY_TIME_SYNC;
    ha->capabilities_count = 4;
    ha->can_ports = 2;
    ha->max_frame_size = 1536;
    ha->boot_count = 4294967295u;
    ha->mcu_time_us = 9007199254740991ull; /* 2^53 - 1 */
#ifdef BRIDGE_CONTRACT_NEXT
    strcpy(ha->serial_number, "SN-0042");
#endif
    emit("helloAck");

    fr.seq = 4294967295u;
    BODY(heartbeat)->host_time_us = 1234567890123ull;
    emit("heartbeat");

    fr.seq = 2;
    fr.ack_seq = 4294967295u;
    v2xedge_bridge_v1_HeartbeatAck *hb = BODY(heartbeat_ack);
    hb->mcu_time_us = 42;
    hb->tx_queue_depth = 3;
#ifdef BRIDGE_CONTRACT_NEXT
    hb->temperature_decic = -125;
#endif
    emit("heartbeatAck");

    fr.seq = 3;
    BODY(time_sync_request)->host_time_us = 1700000000000000ull;
    emit("timeSyncRequest");

    fr.seq = 3;
    fr.ack_seq = 3;
    v2xedge_bridge_v1_TimeSyncResponse *ts = BODY(time_sync_response);
    ts->host_time_us = 1700000000000000ull;
    ts->mcu_receive_us = 5000000123ull;
    ts->mcu_transmit_us = 5000000456ull;
    emit("timeSyncResponse");

    fr.seq = 5;
    v2xedge_bridge_v1_CanFrameBatch *cb = BODY(can_rx);
    cb->frames[0].port = 0;
    cb->frames[0].id = 0x25;
    static const uint8_t d0[8] = {0x00, 0x00, 0x10, 0x00, 0xc0, 0x00, 0x00, 0xfd};
    memcpy(cb->frames[0].data.bytes, d0, 8);
    cb->frames[0].data.size = 8;
    cb->frames[0].mcu_time_us = 1000;
    cb->frames[1].port = 1;
    cb->frames[1].id = 0x1FFFFFFF;
    cb->frames[1].extended = true;
    cb->frames[1].fd = true;
    cb->frames[1].brs = true;
    cb->frames[1].esi = true;
    for (int i = 0; i < 64; i++) cb->frames[1].data.bytes[i] = (uint8_t)i;
    cb->frames[1].data.size = 64;
    cb->frames[1].mcu_time_us = 1099511627776ull; /* 2^40 */
    cb->frames[2].id = 0x7FF;
    cb->frames[2].rtr = true;
    cb->frames[2].data.size = 4; /* remote frame: the DLC, bytes zero */
    cb->frames[2].mcu_time_us = 1001;
#ifdef BRIDGE_CONTRACT_NEXT
    cb->frames[0].filter_index = 3;
#endif
    cb->frames_count = 3;
    cb->overruns = 7;
    emit("canRx");

    fr.seq = 6;
    v2xedge_bridge_v1_CanFrame *ct = BODY(can_transmit);
    ct->port = 1;
    ct->id = 0x123;
    static const uint8_t d1[4] = {0xde, 0xad, 0xbe, 0xef};
    memcpy(ct->data.bytes, d1, 4);
    ct->data.size = 4;
    emit("canTransmit");

    fr.seq = 7;
    fr.ack_seq = 6;
    v2xedge_bridge_v1_CanTransmitReport *cr = BODY(can_transmit_report);
    cr->status = v2xedge_bridge_v1_TxStatus_TX_STATUS_OK;
    cr->mcu_time_us = 99;
    emit("canTransmitReport");

    fr.seq = 8;
    v2xedge_bridge_v1_CanBusStatus *bs = BODY(can_bus_status);
    bs->port = 1;
    bs->state = v2xedge_bridge_v1_CanState_CAN_STATE_BUS_OFF;
    bs->tx_error_count = 256;
    bs->rx_error_count = 12;
    emit("canBusStatus");

    fr.seq = 9;
    v2xedge_bridge_v1_CanErrorFrame *ce = BODY(can_error_frame);
    ce->port = 0;
    ce->error_class = 0x44;
    static const uint8_t d2[8] = {0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x80, 0x10};
    memcpy(ce->data.bytes, d2, 8);
    ce->data.size = 8;
    ce->mcu_time_us = 77;
    emit("canErrorFrame");

    fr.seq = 10;
    v2xedge_bridge_v1_GnssSentence *gs = BODY(gnss_sentence);
    strcpy(gs->text, "$GPGGA,161448.30,3743.2598620,N,12228.3383180,W,1,12,,65.7,M,-32.3,M,,*4D");
    gs->mcu_time_us = 123456;
    emit("gnssSentence");

    fr.seq = 11;
    v2xedge_bridge_v1_PpsMark *pm = BODY(pps_mark);
    pm->mcu_time_us = 1000000;
    pm->count = 1;
    emit("ppsMark");

    fr.seq = 12;
    v2xedge_bridge_v1_V2xTransmit *vt = BODY(v2x_transmit);
    vt->channel = 172;
    vt->psid = 0x20;
    vt->power_half_dbm = -7;
    vt->data_rate_500kbps = 12;
    vt->priority = 7;
    for (int i = 0; i < 300; i++) vt->payload.bytes[i] = (uint8_t)(i * 7);
    vt->payload.size = 300;
    emit("v2xTransmit");

    fr.seq = 13;
    fr.ack_seq = 12;
    v2xedge_bridge_v1_V2xTransmitReport *vr = BODY(v2x_transmit_report);
    vr->status = v2xedge_bridge_v1_TxStatus_TX_STATUS_OK;
    vr->mcu_time_us = 3000000000ull;
    vr->airtime_us = 412;
    vr->channel = 172;
    emit("v2xTransmitReport");

    fr.seq = 14;
    (void)BODY(status_request);
    emit("statusRequest");

    fr.seq = 15;
    fr.ack_seq = 14;
    v2xedge_bridge_v1_StatusReport *sr = BODY(status_report);
    sr->uptime_ms = 86400000;
    sr->has_link = true;
    sr->link = (v2xedge_bridge_v1_LinkCounters){1, 2, 3, 4, 5, 6, 7, 8};
    sr->can[0].port = 0;
    sr->can[0].state = v2xedge_bridge_v1_CanState_CAN_STATE_ACTIVE;
    sr->can[1].port = 1;
    sr->can[1].state = v2xedge_bridge_v1_CanState_CAN_STATE_PASSIVE;
    sr->can[1].tx_error_count = 130;
    sr->can[1].rx_error_count = 5;
    sr->can_count = 2;
    sr->tx_queue_depth = 2;
    sr->can_rx_overruns = 9;
    emit("statusReport");

    fr.seq = 16;
    fr.ack_seq = 99;
    v2xedge_bridge_v1_ErrorReport *er = BODY(error_report);
    er->code = v2xedge_bridge_v1_ErrorCode_ERROR_CODE_UNSUPPORTED_BODY;
    er->ref_seq = 99;
    strcpy(er->detail, "unknown body (newer contract?)");
    emit("errorReport");

    fr.seq = 1;
    v2xedge_bridge_v1_BootNotice *bn = BODY(boot_notice);
    bn->boot_count = 12;
    bn->reason = v2xedge_bridge_v1_ResetReason_RESET_REASON_WATCHDOG;
    emit("bootNotice");

#ifdef BRIDGE_CONTRACT_NEXT
    fr.seq = 17;
    v2xedge_bridge_v1_McuLog *ml = BODY(mcu_log);
    ml->level = 2;
    strcpy(ml->text, "session opened");
    emit("mcuLog");

    fr.seq = 18;
    v2xedge_bridge_v1_CanFilterRequest *cf = BODY(can_filter);
    cf->port = 0;
    cf->ids[0] = 0x25;
    cf->ids[1] = 0xb4;
    cf->ids_count = 2;
    emit("canFilter");

    fr.seq = 19;
    fr.ack_seq = 18;
    v2xedge_bridge_v1_CanFilterReply *cfr = BODY(can_filter_reply);
    cfr->status = v2xedge_bridge_v1_TxStatus_TX_STATUS_OK;
    cfr->filters_used = 2;
    emit("canFilterReply");
#endif
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Parses a line of hex into `out`; returns the byte count or -1. */
static long read_hex(const char *line, uint8_t *out, size_t cap)
{
    size_t n = strcspn(line, "\r\n");
    if (n % 2 || n / 2 > cap) return -1;
    for (size_t i = 0; i < n; i += 2) {
        int a = hexval(line[i]), b = hexval(line[i + 1]);
        if (a < 0 || b < 0) return -1;
        out[i / 2] = (uint8_t)(a * 16 + b);
    }
    return (long)(n / 2);
}

static char line[1 << 20];
static uint8_t bytes[1 << 19];

static void roundtrip(void)
{
    static uint8_t out[BRIDGE_MAX_FRAME_PAYLOAD * 4];
    while (fgets(line, sizeof line, stdin)) {
        long n = read_hex(line, bytes, sizeof bytes);
        if (n < 0) { printf("ERR hex\n"); continue; }
        memset(&fr, 0, sizeof fr);
        if (!bridge_decode_payload(bytes, (size_t)n, &fr)) { printf("ERR decode\n"); continue; }
        size_t len = 0;
        if (!bridge_encode_payload(&fr, out, sizeof out, &len)) { printf("ERR encode\n"); continue; }
        printf("OK %u ", (unsigned)fr.which_body);
        put_hex(out, len);
        printf("\n");
        fflush(stdout);
    }
}

static void do_frame(void)
{
    static uint8_t out[BRIDGE_MAX_WIRE_FRAME * 3];
    while (fgets(line, sizeof line, stdin)) {
        long n = read_hex(line, bytes, BRIDGE_MAX_FRAME_PAYLOAD * 2);
        if (n < 0) { printf("ERR hex\n"); continue; }
        put_hex(out, frame_encode(bytes, (size_t)n, out, -1));
        printf("\n");
    }
}

static void print_frame(void *ctx, const uint8_t *payload, size_t len)
{
    (void)ctx;
    printf("frame ");
    put_hex(payload, len);
    printf("\n");
}

static void do_unframe(void)
{
    static uint8_t buf[FRAME_COBS_MAX(BRIDGE_MAX_FRAME_PAYLOAD + FRAME_CRC_BYTES)];
    static uint8_t scratch[FRAME_COBS_MAX(BRIDGE_MAX_FRAME_PAYLOAD + FRAME_CRC_BYTES)];
    frame_decoder_t d;
    frame_decoder_init(&d, buf, scratch, BRIDGE_MAX_FRAME_PAYLOAD);
    while (fgets(line, sizeof line, stdin)) {
        long n = read_hex(line, bytes, sizeof bytes);
        if (n < 0) { printf("ERR hex\n"); return; }
        frame_decoder_push(&d, bytes, (size_t)n, print_frame, NULL);
    }
    printf("stats %u %u %u %u\n", d.stats.frames, d.stats.crc_errors, d.stats.framing_errors, d.stats.oversize);
}

int main(int argc, char **argv)
{
    const char *cmd = argc > 1 ? argv[1] : "";
    if (!strcmp(cmd, "emit")) emit_all();
    else if (!strcmp(cmd, "roundtrip")) roundtrip();
    else if (!strcmp(cmd, "frame")) do_frame();
    else if (!strcmp(cmd, "unframe")) do_unframe();
    else if (!strcmp(cmd, "info"))
        printf("contract %u.%u max_frame_payload %u\n", BRIDGE_CONTRACT_MAJOR, BRIDGE_CONTRACT_MINOR, BRIDGE_MAX_FRAME_PAYLOAD);
    else {
        fprintf(stderr, "usage: bridge-vectors emit|roundtrip|frame|unframe|info\n");
        return 2;
    }
    return 0;
}
