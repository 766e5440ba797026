/* The MCU side of the bridge contract (firmware-bridge/proto/v1/bridge.proto): portable
 * protocol logic with no I/O of its own. A board support layer (or the host simulator in
 * ../sim) feeds it UART bytes, received CAN frames, GNSS sentences and PPS edges, and calls
 * bridge_poll_tx() whenever its UART can take the next frame.
 *
 * Memory is static: a queue of received CAN frames (batched into one UART frame when the
 * UART becomes free) and a queue of other outgoing messages, encoded when they are sent. */
#ifndef BRIDGE_BRIDGE_H
#define BRIDGE_BRIDGE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bridge.pb.h"
#include "frame.h"

/* BRIDGE_CONTRACT_NEXT: built against the contract 1.1 test fixture
 * (test/fixtures/firmware-bridge/contract-next), which only adds to 1.0. */
#define BRIDGE_CONTRACT_MAJOR 1u
#ifndef BRIDGE_CONTRACT_MINOR
#define BRIDGE_CONTRACT_MINOR 0u
#endif
/* Largest frame payload (protobuf bytes before the CRC and COBS), both directions. */
#define BRIDGE_MAX_FRAME_PAYLOAD 1536u
/* Largest frame on the wire, delimiter included. */
#define BRIDGE_MAX_WIRE_FRAME (FRAME_COBS_MAX(BRIDGE_MAX_FRAME_PAYLOAD + FRAME_CRC_BYTES) + 1u)
#ifndef BRIDGE_CAN_RX_QUEUE
#define BRIDGE_CAN_RX_QUEUE 512u
#endif
#ifndef BRIDGE_TX_QUEUE
#define BRIDGE_TX_QUEUE 64u
#endif
#define BRIDGE_MAX_CAN_PORTS 4u

typedef v2xedge_bridge_v1_Frame bridge_frame_t;
typedef v2xedge_bridge_v1_CanFrame bridge_can_frame_t;

/* What the board provides. Every callback is optional except now_us. */
typedef struct {
    void *ctx;
    /* The MCU's free-running clock, microseconds since boot. */
    uint64_t (*now_us)(void *ctx);
    /* Hands a frame to CAN controller `f->port`; returns a TX_STATUS and the hand-over time. */
    v2xedge_bridge_v1_TxStatus (*can_transmit)(void *ctx, const bridge_can_frame_t *f, uint64_t *time_us);
    /* Hands a payload to the radio; fills the report. */
    void (*v2x_transmit)(void *ctx, const v2xedge_bridge_v1_V2xTransmit *t, v2xedge_bridge_v1_V2xTransmitReport *r);
    /* Current state of CAN controller `port`. */
    void (*can_status)(void *ctx, uint32_t port, v2xedge_bridge_v1_CanBusStatus *st);
    const char *firmware_version;
    const char *board;
    const uint8_t *device_id;
    size_t device_id_len;
    uint32_t can_ports;
    const v2xedge_bridge_v1_Capability *capabilities;
    size_t capabilities_count;
} bridge_platform_t;

/* A message waiting for the UART (everything but received CAN frames). */
typedef struct {
    pb_size_t which;
    uint32_t ack_seq;
    uint64_t rx_time_us; /* time sync: when the request was received (t2) */
    union {
        v2xedge_bridge_v1_HelloAck hello_ack;
        v2xedge_bridge_v1_HeartbeatAck heartbeat_ack;
        v2xedge_bridge_v1_TimeSyncResponse time_sync_response;
        v2xedge_bridge_v1_CanTransmitReport can_transmit_report;
        v2xedge_bridge_v1_V2xTransmitReport v2x_transmit_report;
        v2xedge_bridge_v1_StatusReport status_report;
        v2xedge_bridge_v1_ErrorReport error_report;
        v2xedge_bridge_v1_BootNotice boot_notice;
        v2xedge_bridge_v1_CanBusStatus can_bus_status;
        v2xedge_bridge_v1_CanErrorFrame can_error_frame;
        v2xedge_bridge_v1_GnssSentence gnss_sentence;
        v2xedge_bridge_v1_PpsMark pps_mark;
#ifdef BRIDGE_CONTRACT_NEXT
        v2xedge_bridge_v1_McuLog mcu_log;
        v2xedge_bridge_v1_CanFilterReply can_filter_reply;
#endif
    } u;
} bridge_out_t;

typedef struct {
    bridge_platform_t p;
    frame_decoder_t rx;
    uint8_t rx_buf[FRAME_COBS_MAX(BRIDGE_MAX_FRAME_PAYLOAD + FRAME_CRC_BYTES)];
    uint8_t rx_scratch[FRAME_COBS_MAX(BRIDGE_MAX_FRAME_PAYLOAD + FRAME_CRC_BYTES)];
    bool session_open;
    uint32_t boot_count;
    uint32_t tx_seq;      /* last seq sent */
    uint32_t last_rx_seq; /* last seq received, 0 = none yet */
    uint32_t pps_count;
    v2xedge_bridge_v1_LinkCounters link;
    uint32_t can_rx_overruns;     /* since boot */
    uint32_t can_rx_overruns_new; /* since the last batch */
    uint32_t unsupported_bodies;  /* requests with a body this firmware does not know */
    bridge_can_frame_t can_q[BRIDGE_CAN_RX_QUEUE];
    uint32_t can_head, can_count;
    bridge_out_t out_q[BRIDGE_TX_QUEUE];
    uint32_t out_head, out_count;
} bridge_t;

/* Starts (or restarts, after a reset) the bridge; queues a BootNotice. */
void bridge_init(bridge_t *b, const bridge_platform_t *p, uint32_t boot_count, v2xedge_bridge_v1_ResetReason reason);

/* Bytes from the UART. */
void bridge_rx_bytes(bridge_t *b, const uint8_t *bytes, size_t n);

/* Events from the board. They are forwarded only while a host session is open. */
void bridge_can_received(bridge_t *b, const bridge_can_frame_t *f);
void bridge_can_state_changed(bridge_t *b, const v2xedge_bridge_v1_CanBusStatus *st);
void bridge_can_error(bridge_t *b, const v2xedge_bridge_v1_CanErrorFrame *e);
void bridge_gnss_sentence(bridge_t *b, const char *text, uint64_t time_us);
void bridge_pps(bridge_t *b, uint64_t time_us);

/* True when something waits for the UART. */
bool bridge_tx_pending(const bridge_t *b);
/* Encodes and frames the next outgoing frame into `out` (BRIDGE_MAX_WIRE_FRAME bytes);
 * returns its length (0 when nothing waits). `corrupt_bit` >= 0 flips that payload bit
 * after the CRC is computed (fault injection). */
size_t bridge_poll_tx(bridge_t *b, uint8_t *out, long corrupt_bit);

/* Payload-level encode/decode, shared with the vector tool. */
bool bridge_encode_payload(const bridge_frame_t *f, uint8_t *out, size_t cap, size_t *len);
bool bridge_decode_payload(const uint8_t *payload, size_t len, bridge_frame_t *f);

#endif
