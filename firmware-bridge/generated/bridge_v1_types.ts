// Generated from firmware-bridge/proto/v1/bridge.proto by firmware-bridge/scripts/gen.ts (pbts, protobufjs-cli 2.7.1); do not edit.
import type * as $protobuf from "protobufjs";

/** Namespace v2xedge. */
export declare namespace v2xedge {

    /** Namespace bridge. */
    namespace bridge {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Frame.
             * @deprecated Use v2xedge.bridge.v1.Frame.$Properties instead.
             */
            interface IFrame extends v2xedge.bridge.v1.Frame.$Properties {
            }

            /** Represents a Frame. */
            class Frame {

                /**
                 * Constructs a new Frame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.Frame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Frame seq. */
                seq: number;

                /** Frame ackSeq. */
                ackSeq: number;

                /** Frame canRx. */
                canRx?: (v2xedge.bridge.v1.CanFrameBatch.$Properties|null);

                /** Frame canTransmit. */
                canTransmit?: (v2xedge.bridge.v1.CanFrame.$Properties|null);

                /** Frame canTransmitReport. */
                canTransmitReport?: (v2xedge.bridge.v1.CanTransmitReport.$Properties|null);

                /** Frame heartbeat. */
                heartbeat?: (v2xedge.bridge.v1.Heartbeat.$Properties|null);

                /** Frame heartbeatAck. */
                heartbeatAck?: (v2xedge.bridge.v1.HeartbeatAck.$Properties|null);

                /** Frame gnssSentence. */
                gnssSentence?: (v2xedge.bridge.v1.GnssSentence.$Properties|null);

                /** Frame ppsMark. */
                ppsMark?: (v2xedge.bridge.v1.PpsMark.$Properties|null);

                /** Frame timeSyncRequest. */
                timeSyncRequest?: (v2xedge.bridge.v1.TimeSyncRequest.$Properties|null);

                /** Frame timeSyncResponse. */
                timeSyncResponse?: (v2xedge.bridge.v1.TimeSyncResponse.$Properties|null);

                /** Frame hello. */
                hello?: (v2xedge.bridge.v1.Hello.$Properties|null);

                /** Frame helloAck. */
                helloAck?: (v2xedge.bridge.v1.HelloAck.$Properties|null);

                /** Frame v2xTransmit. */
                v2xTransmit?: (v2xedge.bridge.v1.V2xTransmit.$Properties|null);

                /** Frame v2xTransmitReport. */
                v2xTransmitReport?: (v2xedge.bridge.v1.V2xTransmitReport.$Properties|null);

                /** Frame statusRequest. */
                statusRequest?: (v2xedge.bridge.v1.StatusRequest.$Properties|null);

                /** Frame statusReport. */
                statusReport?: (v2xedge.bridge.v1.StatusReport.$Properties|null);

                /** Frame errorReport. */
                errorReport?: (v2xedge.bridge.v1.ErrorReport.$Properties|null);

                /** Frame bootNotice. */
                bootNotice?: (v2xedge.bridge.v1.BootNotice.$Properties|null);

                /** Frame canBusStatus. */
                canBusStatus?: (v2xedge.bridge.v1.CanBusStatus.$Properties|null);

                /** Frame canErrorFrame. */
                canErrorFrame?: (v2xedge.bridge.v1.CanErrorFrame.$Properties|null);

                /** Frame body. */
                body?: ("canRx"|"canTransmit"|"canTransmitReport"|"heartbeat"|"heartbeatAck"|"gnssSentence"|"ppsMark"|"timeSyncRequest"|"timeSyncResponse"|"hello"|"helloAck"|"v2xTransmit"|"v2xTransmitReport"|"statusRequest"|"statusReport"|"errorReport"|"bootNotice"|"canBusStatus"|"canErrorFrame");

                /**
                 * Creates a new Frame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Frame instance
                 */
                static create(properties: v2xedge.bridge.v1.Frame.$Shape): v2xedge.bridge.v1.Frame & v2xedge.bridge.v1.Frame.$Shape;
                static create(properties?: v2xedge.bridge.v1.Frame.$Properties): v2xedge.bridge.v1.Frame;

                /**
                 * Encodes the specified Frame message. Does not implicitly {@link v2xedge.bridge.v1.Frame.verify|verify} messages.
                 * @param message Frame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Frame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.Frame & v2xedge.bridge.v1.Frame.$Shape} Frame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.Frame & v2xedge.bridge.v1.Frame.$Shape;

                /**
                 * Creates a Frame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Frame
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.Frame;

                /**
                 * Creates a plain object from a Frame message. Also converts values to other types if specified.
                 * @param message Frame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Frame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Frame {

                /** Properties of a Frame. */
                interface $Properties {

                    /** Frame seq */
                    seq?: (number|null);

                    /** Frame ackSeq */
                    ackSeq?: (number|null);

                    /** Frame canRx */
                    canRx?: (v2xedge.bridge.v1.CanFrameBatch.$Properties|null);

                    /** Frame canTransmit */
                    canTransmit?: (v2xedge.bridge.v1.CanFrame.$Properties|null);

                    /** Frame canTransmitReport */
                    canTransmitReport?: (v2xedge.bridge.v1.CanTransmitReport.$Properties|null);

                    /** Frame heartbeat */
                    heartbeat?: (v2xedge.bridge.v1.Heartbeat.$Properties|null);

                    /** Frame heartbeatAck */
                    heartbeatAck?: (v2xedge.bridge.v1.HeartbeatAck.$Properties|null);

                    /** Frame gnssSentence */
                    gnssSentence?: (v2xedge.bridge.v1.GnssSentence.$Properties|null);

                    /** Frame ppsMark */
                    ppsMark?: (v2xedge.bridge.v1.PpsMark.$Properties|null);

                    /** Frame timeSyncRequest */
                    timeSyncRequest?: (v2xedge.bridge.v1.TimeSyncRequest.$Properties|null);

                    /** Frame timeSyncResponse */
                    timeSyncResponse?: (v2xedge.bridge.v1.TimeSyncResponse.$Properties|null);

                    /** Frame hello */
                    hello?: (v2xedge.bridge.v1.Hello.$Properties|null);

                    /** Frame helloAck */
                    helloAck?: (v2xedge.bridge.v1.HelloAck.$Properties|null);

                    /** Frame v2xTransmit */
                    v2xTransmit?: (v2xedge.bridge.v1.V2xTransmit.$Properties|null);

                    /** Frame v2xTransmitReport */
                    v2xTransmitReport?: (v2xedge.bridge.v1.V2xTransmitReport.$Properties|null);

                    /** Frame statusRequest */
                    statusRequest?: (v2xedge.bridge.v1.StatusRequest.$Properties|null);

                    /** Frame statusReport */
                    statusReport?: (v2xedge.bridge.v1.StatusReport.$Properties|null);

                    /** Frame errorReport */
                    errorReport?: (v2xedge.bridge.v1.ErrorReport.$Properties|null);

                    /** Frame bootNotice */
                    bootNotice?: (v2xedge.bridge.v1.BootNotice.$Properties|null);

                    /** Frame canBusStatus */
                    canBusStatus?: (v2xedge.bridge.v1.CanBusStatus.$Properties|null);

                    /** Frame canErrorFrame */
                    canErrorFrame?: (v2xedge.bridge.v1.CanErrorFrame.$Properties|null);

                    /** Frame body */
                    body?: ("canRx"|"canTransmit"|"canTransmitReport"|"heartbeat"|"heartbeatAck"|"gnssSentence"|"ppsMark"|"timeSyncRequest"|"timeSyncResponse"|"hello"|"helloAck"|"v2xTransmit"|"v2xTransmitReport"|"statusRequest"|"statusReport"|"errorReport"|"bootNotice"|"canBusStatus"|"canErrorFrame");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Frame. */
                type $Shape = {
                  seq?: number|null;
                  ackSeq?: number|null;
                  canRx?: v2xedge.bridge.v1.CanFrameBatch.$Shape|null;
                  canTransmit?: v2xedge.bridge.v1.CanFrame.$Shape|null;
                  canTransmitReport?: v2xedge.bridge.v1.CanTransmitReport.$Shape|null;
                  heartbeat?: v2xedge.bridge.v1.Heartbeat.$Shape|null;
                  heartbeatAck?: v2xedge.bridge.v1.HeartbeatAck.$Shape|null;
                  gnssSentence?: v2xedge.bridge.v1.GnssSentence.$Shape|null;
                  ppsMark?: v2xedge.bridge.v1.PpsMark.$Shape|null;
                  timeSyncRequest?: v2xedge.bridge.v1.TimeSyncRequest.$Shape|null;
                  timeSyncResponse?: v2xedge.bridge.v1.TimeSyncResponse.$Shape|null;
                  hello?: v2xedge.bridge.v1.Hello.$Shape|null;
                  helloAck?: v2xedge.bridge.v1.HelloAck.$Shape|null;
                  v2xTransmit?: v2xedge.bridge.v1.V2xTransmit.$Shape|null;
                  v2xTransmitReport?: v2xedge.bridge.v1.V2xTransmitReport.$Shape|null;
                  statusRequest?: v2xedge.bridge.v1.StatusRequest.$Shape|null;
                  statusReport?: v2xedge.bridge.v1.StatusReport.$Shape|null;
                  errorReport?: v2xedge.bridge.v1.ErrorReport.$Shape|null;
                  bootNotice?: v2xedge.bridge.v1.BootNotice.$Shape|null;
                  canBusStatus?: v2xedge.bridge.v1.CanBusStatus.$Shape|null;
                  canErrorFrame?: v2xedge.bridge.v1.CanErrorFrame.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canRx"; canRx: v2xedge.bridge.v1.CanFrameBatch.$Shape; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canTransmit"; canRx?: null; canTransmit: v2xedge.bridge.v1.CanFrame.$Shape; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canTransmitReport"; canRx?: null; canTransmit?: null; canTransmitReport: v2xedge.bridge.v1.CanTransmitReport.$Shape; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "heartbeat"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat: v2xedge.bridge.v1.Heartbeat.$Shape; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "heartbeatAck"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck: v2xedge.bridge.v1.HeartbeatAck.$Shape; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "gnssSentence"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence: v2xedge.bridge.v1.GnssSentence.$Shape; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "ppsMark"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark: v2xedge.bridge.v1.PpsMark.$Shape; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "timeSyncRequest"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest: v2xedge.bridge.v1.TimeSyncRequest.$Shape; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "timeSyncResponse"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse: v2xedge.bridge.v1.TimeSyncResponse.$Shape; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "hello"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello: v2xedge.bridge.v1.Hello.$Shape; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "helloAck"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck: v2xedge.bridge.v1.HelloAck.$Shape; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "v2xTransmit"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit: v2xedge.bridge.v1.V2xTransmit.$Shape; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "v2xTransmitReport"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport: v2xedge.bridge.v1.V2xTransmitReport.$Shape; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "statusRequest"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest: v2xedge.bridge.v1.StatusRequest.$Shape; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "statusReport"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport: v2xedge.bridge.v1.StatusReport.$Shape; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "errorReport"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport: v2xedge.bridge.v1.ErrorReport.$Shape; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "bootNotice"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice: v2xedge.bridge.v1.BootNotice.$Shape; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canBusStatus"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus: v2xedge.bridge.v1.CanBusStatus.$Shape; canErrorFrame?: null }|{ body?: "canErrorFrame"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame: v2xedge.bridge.v1.CanErrorFrame.$Shape })
                );
            }

            /** Capability enum. */
            enum Capability {

                /** CAPABILITY_UNSPECIFIED value */
                CAPABILITY_UNSPECIFIED = 0,

                /** CAPABILITY_CAN value */
                CAPABILITY_CAN = 1,

                /** CAPABILITY_CAN_FD value */
                CAPABILITY_CAN_FD = 2,

                /** CAPABILITY_GNSS_NMEA value */
                CAPABILITY_GNSS_NMEA = 3,

                /** CAPABILITY_PPS value */
                CAPABILITY_PPS = 4,

                /** CAPABILITY_V2X_RADIO value */
                CAPABILITY_V2X_RADIO = 5,

                /** CAPABILITY_TIME_SYNC value */
                CAPABILITY_TIME_SYNC = 6
            }

            /**
             * Properties of a Hello.
             * @deprecated Use v2xedge.bridge.v1.Hello.$Properties instead.
             */
            interface IHello extends v2xedge.bridge.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello contractMajor. */
                contractMajor: number;

                /** Hello contractMinor. */
                contractMinor: number;

                /** Hello hostSoftware. */
                hostSoftware: string;

                /** Hello maxFrameSize. */
                maxFrameSize: number;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: v2xedge.bridge.v1.Hello.$Shape): v2xedge.bridge.v1.Hello & v2xedge.bridge.v1.Hello.$Shape;
                static create(properties?: v2xedge.bridge.v1.Hello.$Properties): v2xedge.bridge.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link v2xedge.bridge.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.Hello & v2xedge.bridge.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.Hello & v2xedge.bridge.v1.Hello.$Shape;

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello contractMajor */
                    contractMajor?: (number|null);

                    /** Hello contractMinor */
                    contractMinor?: (number|null);

                    /** Hello hostSoftware */
                    hostSoftware?: (string|null);

                    /** Hello maxFrameSize */
                    maxFrameSize?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = v2xedge.bridge.v1.Hello.$Properties;
            }

            /**
             * Properties of a HelloAck.
             * @deprecated Use v2xedge.bridge.v1.HelloAck.$Properties instead.
             */
            interface IHelloAck extends v2xedge.bridge.v1.HelloAck.$Properties {
            }

            /** Represents a HelloAck. */
            class HelloAck {

                /**
                 * Constructs a new HelloAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.HelloAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HelloAck contractMajor. */
                contractMajor: number;

                /** HelloAck contractMinor. */
                contractMinor: number;

                /** HelloAck firmwareVersion. */
                firmwareVersion: string;

                /** HelloAck board. */
                board: string;

                /** HelloAck deviceId. */
                deviceId: Uint8Array;

                /** HelloAck capabilities. */
                capabilities: v2xedge.bridge.v1.Capability[];

                /** HelloAck canPorts. */
                canPorts: number;

                /** HelloAck maxFrameSize. */
                maxFrameSize: number;

                /** HelloAck bootCount. */
                bootCount: number;

                /** HelloAck mcuTimeUs. */
                mcuTimeUs: number;

                /**
                 * Creates a new HelloAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HelloAck instance
                 */
                static create(properties: v2xedge.bridge.v1.HelloAck.$Shape): v2xedge.bridge.v1.HelloAck & v2xedge.bridge.v1.HelloAck.$Shape;
                static create(properties?: v2xedge.bridge.v1.HelloAck.$Properties): v2xedge.bridge.v1.HelloAck;

                /**
                 * Encodes the specified HelloAck message. Does not implicitly {@link v2xedge.bridge.v1.HelloAck.verify|verify} messages.
                 * @param message HelloAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.HelloAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HelloAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.HelloAck & v2xedge.bridge.v1.HelloAck.$Shape} HelloAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.HelloAck & v2xedge.bridge.v1.HelloAck.$Shape;

                /**
                 * Creates a HelloAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HelloAck
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.HelloAck;

                /**
                 * Creates a plain object from a HelloAck message. Also converts values to other types if specified.
                 * @param message HelloAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.HelloAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HelloAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace HelloAck {

                /** Properties of a HelloAck. */
                interface $Properties {

                    /** HelloAck contractMajor */
                    contractMajor?: (number|null);

                    /** HelloAck contractMinor */
                    contractMinor?: (number|null);

                    /** HelloAck firmwareVersion */
                    firmwareVersion?: (string|null);

                    /** HelloAck board */
                    board?: (string|null);

                    /** HelloAck deviceId */
                    deviceId?: (Uint8Array|null);

                    /** HelloAck capabilities */
                    capabilities?: (v2xedge.bridge.v1.Capability[]|null);

                    /** HelloAck canPorts */
                    canPorts?: (number|null);

                    /** HelloAck maxFrameSize */
                    maxFrameSize?: (number|null);

                    /** HelloAck bootCount */
                    bootCount?: (number|null);

                    /** HelloAck mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HelloAck. */
                type $Shape = v2xedge.bridge.v1.HelloAck.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use v2xedge.bridge.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends v2xedge.bridge.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat hostTimeUs. */
                hostTimeUs: number;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: v2xedge.bridge.v1.Heartbeat.$Shape): v2xedge.bridge.v1.Heartbeat & v2xedge.bridge.v1.Heartbeat.$Shape;
                static create(properties?: v2xedge.bridge.v1.Heartbeat.$Properties): v2xedge.bridge.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link v2xedge.bridge.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.Heartbeat & v2xedge.bridge.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.Heartbeat & v2xedge.bridge.v1.Heartbeat.$Shape;

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heartbeat
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heartbeat to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat hostTimeUs */
                    hostTimeUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = v2xedge.bridge.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a HeartbeatAck.
             * @deprecated Use v2xedge.bridge.v1.HeartbeatAck.$Properties instead.
             */
            interface IHeartbeatAck extends v2xedge.bridge.v1.HeartbeatAck.$Properties {
            }

            /** Represents a HeartbeatAck. */
            class HeartbeatAck {

                /**
                 * Constructs a new HeartbeatAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.HeartbeatAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HeartbeatAck mcuTimeUs. */
                mcuTimeUs: number;

                /** HeartbeatAck txQueueDepth. */
                txQueueDepth: number;

                /**
                 * Creates a new HeartbeatAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HeartbeatAck instance
                 */
                static create(properties: v2xedge.bridge.v1.HeartbeatAck.$Shape): v2xedge.bridge.v1.HeartbeatAck & v2xedge.bridge.v1.HeartbeatAck.$Shape;
                static create(properties?: v2xedge.bridge.v1.HeartbeatAck.$Properties): v2xedge.bridge.v1.HeartbeatAck;

                /**
                 * Encodes the specified HeartbeatAck message. Does not implicitly {@link v2xedge.bridge.v1.HeartbeatAck.verify|verify} messages.
                 * @param message HeartbeatAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.HeartbeatAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HeartbeatAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.HeartbeatAck & v2xedge.bridge.v1.HeartbeatAck.$Shape} HeartbeatAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.HeartbeatAck & v2xedge.bridge.v1.HeartbeatAck.$Shape;

                /**
                 * Creates a HeartbeatAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HeartbeatAck
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.HeartbeatAck;

                /**
                 * Creates a plain object from a HeartbeatAck message. Also converts values to other types if specified.
                 * @param message HeartbeatAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.HeartbeatAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HeartbeatAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace HeartbeatAck {

                /** Properties of a HeartbeatAck. */
                interface $Properties {

                    /** HeartbeatAck mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** HeartbeatAck txQueueDepth */
                    txQueueDepth?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HeartbeatAck. */
                type $Shape = v2xedge.bridge.v1.HeartbeatAck.$Properties;
            }

            /**
             * Properties of a TimeSyncRequest.
             * @deprecated Use v2xedge.bridge.v1.TimeSyncRequest.$Properties instead.
             */
            interface ITimeSyncRequest extends v2xedge.bridge.v1.TimeSyncRequest.$Properties {
            }

            /** Represents a TimeSyncRequest. */
            class TimeSyncRequest {

                /**
                 * Constructs a new TimeSyncRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.TimeSyncRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TimeSyncRequest hostTimeUs. */
                hostTimeUs: number;

                /**
                 * Creates a new TimeSyncRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TimeSyncRequest instance
                 */
                static create(properties: v2xedge.bridge.v1.TimeSyncRequest.$Shape): v2xedge.bridge.v1.TimeSyncRequest & v2xedge.bridge.v1.TimeSyncRequest.$Shape;
                static create(properties?: v2xedge.bridge.v1.TimeSyncRequest.$Properties): v2xedge.bridge.v1.TimeSyncRequest;

                /**
                 * Encodes the specified TimeSyncRequest message. Does not implicitly {@link v2xedge.bridge.v1.TimeSyncRequest.verify|verify} messages.
                 * @param message TimeSyncRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.TimeSyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TimeSyncRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.TimeSyncRequest & v2xedge.bridge.v1.TimeSyncRequest.$Shape} TimeSyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.TimeSyncRequest & v2xedge.bridge.v1.TimeSyncRequest.$Shape;

                /**
                 * Creates a TimeSyncRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TimeSyncRequest
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.TimeSyncRequest;

                /**
                 * Creates a plain object from a TimeSyncRequest message. Also converts values to other types if specified.
                 * @param message TimeSyncRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.TimeSyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TimeSyncRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TimeSyncRequest {

                /** Properties of a TimeSyncRequest. */
                interface $Properties {

                    /** TimeSyncRequest hostTimeUs */
                    hostTimeUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TimeSyncRequest. */
                type $Shape = v2xedge.bridge.v1.TimeSyncRequest.$Properties;
            }

            /**
             * Properties of a TimeSyncResponse.
             * @deprecated Use v2xedge.bridge.v1.TimeSyncResponse.$Properties instead.
             */
            interface ITimeSyncResponse extends v2xedge.bridge.v1.TimeSyncResponse.$Properties {
            }

            /** Represents a TimeSyncResponse. */
            class TimeSyncResponse {

                /**
                 * Constructs a new TimeSyncResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.TimeSyncResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TimeSyncResponse hostTimeUs. */
                hostTimeUs: number;

                /** TimeSyncResponse mcuReceiveUs. */
                mcuReceiveUs: number;

                /** TimeSyncResponse mcuTransmitUs. */
                mcuTransmitUs: number;

                /**
                 * Creates a new TimeSyncResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TimeSyncResponse instance
                 */
                static create(properties: v2xedge.bridge.v1.TimeSyncResponse.$Shape): v2xedge.bridge.v1.TimeSyncResponse & v2xedge.bridge.v1.TimeSyncResponse.$Shape;
                static create(properties?: v2xedge.bridge.v1.TimeSyncResponse.$Properties): v2xedge.bridge.v1.TimeSyncResponse;

                /**
                 * Encodes the specified TimeSyncResponse message. Does not implicitly {@link v2xedge.bridge.v1.TimeSyncResponse.verify|verify} messages.
                 * @param message TimeSyncResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.TimeSyncResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TimeSyncResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.TimeSyncResponse & v2xedge.bridge.v1.TimeSyncResponse.$Shape} TimeSyncResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.TimeSyncResponse & v2xedge.bridge.v1.TimeSyncResponse.$Shape;

                /**
                 * Creates a TimeSyncResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TimeSyncResponse
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.TimeSyncResponse;

                /**
                 * Creates a plain object from a TimeSyncResponse message. Also converts values to other types if specified.
                 * @param message TimeSyncResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.TimeSyncResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TimeSyncResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TimeSyncResponse {

                /** Properties of a TimeSyncResponse. */
                interface $Properties {

                    /** TimeSyncResponse hostTimeUs */
                    hostTimeUs?: (number|null);

                    /** TimeSyncResponse mcuReceiveUs */
                    mcuReceiveUs?: (number|null);

                    /** TimeSyncResponse mcuTransmitUs */
                    mcuTransmitUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TimeSyncResponse. */
                type $Shape = v2xedge.bridge.v1.TimeSyncResponse.$Properties;
            }

            /**
             * Properties of a CanFrame.
             * @deprecated Use v2xedge.bridge.v1.CanFrame.$Properties instead.
             */
            interface ICanFrame extends v2xedge.bridge.v1.CanFrame.$Properties {
            }

            /** Represents a CanFrame. */
            class CanFrame {

                /**
                 * Constructs a new CanFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.CanFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanFrame port. */
                port: number;

                /** CanFrame id. */
                id: number;

                /** CanFrame extended. */
                extended: boolean;

                /** CanFrame rtr. */
                rtr: boolean;

                /** CanFrame fd. */
                fd: boolean;

                /** CanFrame brs. */
                brs: boolean;

                /** CanFrame esi. */
                esi: boolean;

                /** CanFrame data. */
                data: Uint8Array;

                /** CanFrame mcuTimeUs. */
                mcuTimeUs: number;

                /**
                 * Creates a new CanFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanFrame instance
                 */
                static create(properties: v2xedge.bridge.v1.CanFrame.$Shape): v2xedge.bridge.v1.CanFrame & v2xedge.bridge.v1.CanFrame.$Shape;
                static create(properties?: v2xedge.bridge.v1.CanFrame.$Properties): v2xedge.bridge.v1.CanFrame;

                /**
                 * Encodes the specified CanFrame message. Does not implicitly {@link v2xedge.bridge.v1.CanFrame.verify|verify} messages.
                 * @param message CanFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.CanFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanFrame & v2xedge.bridge.v1.CanFrame.$Shape} CanFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.CanFrame & v2xedge.bridge.v1.CanFrame.$Shape;

                /**
                 * Creates a CanFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanFrame
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.CanFrame;

                /**
                 * Creates a plain object from a CanFrame message. Also converts values to other types if specified.
                 * @param message CanFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.CanFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CanFrame {

                /** Properties of a CanFrame. */
                interface $Properties {

                    /** CanFrame port */
                    port?: (number|null);

                    /** CanFrame id */
                    id?: (number|null);

                    /** CanFrame extended */
                    extended?: (boolean|null);

                    /** CanFrame rtr */
                    rtr?: (boolean|null);

                    /** CanFrame fd */
                    fd?: (boolean|null);

                    /** CanFrame brs */
                    brs?: (boolean|null);

                    /** CanFrame esi */
                    esi?: (boolean|null);

                    /** CanFrame data */
                    data?: (Uint8Array|null);

                    /** CanFrame mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanFrame. */
                type $Shape = v2xedge.bridge.v1.CanFrame.$Properties;
            }

            /**
             * Properties of a CanFrameBatch.
             * @deprecated Use v2xedge.bridge.v1.CanFrameBatch.$Properties instead.
             */
            interface ICanFrameBatch extends v2xedge.bridge.v1.CanFrameBatch.$Properties {
            }

            /** Represents a CanFrameBatch. */
            class CanFrameBatch {

                /**
                 * Constructs a new CanFrameBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.CanFrameBatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanFrameBatch frames. */
                frames: v2xedge.bridge.v1.CanFrame.$Properties[];

                /** CanFrameBatch overruns. */
                overruns: number;

                /**
                 * Creates a new CanFrameBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanFrameBatch instance
                 */
                static create(properties: v2xedge.bridge.v1.CanFrameBatch.$Shape): v2xedge.bridge.v1.CanFrameBatch & v2xedge.bridge.v1.CanFrameBatch.$Shape;
                static create(properties?: v2xedge.bridge.v1.CanFrameBatch.$Properties): v2xedge.bridge.v1.CanFrameBatch;

                /**
                 * Encodes the specified CanFrameBatch message. Does not implicitly {@link v2xedge.bridge.v1.CanFrameBatch.verify|verify} messages.
                 * @param message CanFrameBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.CanFrameBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanFrameBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanFrameBatch & v2xedge.bridge.v1.CanFrameBatch.$Shape} CanFrameBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.CanFrameBatch & v2xedge.bridge.v1.CanFrameBatch.$Shape;

                /**
                 * Creates a CanFrameBatch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanFrameBatch
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.CanFrameBatch;

                /**
                 * Creates a plain object from a CanFrameBatch message. Also converts values to other types if specified.
                 * @param message CanFrameBatch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.CanFrameBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanFrameBatch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CanFrameBatch {

                /** Properties of a CanFrameBatch. */
                interface $Properties {

                    /** CanFrameBatch frames */
                    frames?: (v2xedge.bridge.v1.CanFrame.$Properties[]|null);

                    /** CanFrameBatch overruns */
                    overruns?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanFrameBatch. */
                type $Shape = v2xedge.bridge.v1.CanFrameBatch.$Properties;
            }

            /** TxStatus enum. */
            enum TxStatus {

                /** TX_STATUS_UNSPECIFIED value */
                TX_STATUS_UNSPECIFIED = 0,

                /** TX_STATUS_OK value */
                TX_STATUS_OK = 1,

                /** TX_STATUS_QUEUE_FULL value */
                TX_STATUS_QUEUE_FULL = 2,

                /** TX_STATUS_BUS_OFF value */
                TX_STATUS_BUS_OFF = 3,

                /** TX_STATUS_INVALID value */
                TX_STATUS_INVALID = 4,

                /** TX_STATUS_NO_SUCH_PORT value */
                TX_STATUS_NO_SUCH_PORT = 5,

                /** TX_STATUS_RADIO_OFF value */
                TX_STATUS_RADIO_OFF = 6
            }

            /**
             * Properties of a CanTransmitReport.
             * @deprecated Use v2xedge.bridge.v1.CanTransmitReport.$Properties instead.
             */
            interface ICanTransmitReport extends v2xedge.bridge.v1.CanTransmitReport.$Properties {
            }

            /** Represents a CanTransmitReport. */
            class CanTransmitReport {

                /**
                 * Constructs a new CanTransmitReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.CanTransmitReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanTransmitReport status. */
                status: v2xedge.bridge.v1.TxStatus;

                /** CanTransmitReport mcuTimeUs. */
                mcuTimeUs: number;

                /**
                 * Creates a new CanTransmitReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanTransmitReport instance
                 */
                static create(properties: v2xedge.bridge.v1.CanTransmitReport.$Shape): v2xedge.bridge.v1.CanTransmitReport & v2xedge.bridge.v1.CanTransmitReport.$Shape;
                static create(properties?: v2xedge.bridge.v1.CanTransmitReport.$Properties): v2xedge.bridge.v1.CanTransmitReport;

                /**
                 * Encodes the specified CanTransmitReport message. Does not implicitly {@link v2xedge.bridge.v1.CanTransmitReport.verify|verify} messages.
                 * @param message CanTransmitReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.CanTransmitReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanTransmitReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanTransmitReport & v2xedge.bridge.v1.CanTransmitReport.$Shape} CanTransmitReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.CanTransmitReport & v2xedge.bridge.v1.CanTransmitReport.$Shape;

                /**
                 * Creates a CanTransmitReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanTransmitReport
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.CanTransmitReport;

                /**
                 * Creates a plain object from a CanTransmitReport message. Also converts values to other types if specified.
                 * @param message CanTransmitReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.CanTransmitReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanTransmitReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CanTransmitReport {

                /** Properties of a CanTransmitReport. */
                interface $Properties {

                    /** CanTransmitReport status */
                    status?: (v2xedge.bridge.v1.TxStatus|null);

                    /** CanTransmitReport mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanTransmitReport. */
                type $Shape = v2xedge.bridge.v1.CanTransmitReport.$Properties;
            }

            /** CanState enum. */
            enum CanState {

                /** CAN_STATE_UNSPECIFIED value */
                CAN_STATE_UNSPECIFIED = 0,

                /** CAN_STATE_ACTIVE value */
                CAN_STATE_ACTIVE = 1,

                /** CAN_STATE_WARNING value */
                CAN_STATE_WARNING = 2,

                /** CAN_STATE_PASSIVE value */
                CAN_STATE_PASSIVE = 3,

                /** CAN_STATE_BUS_OFF value */
                CAN_STATE_BUS_OFF = 4,

                /** CAN_STATE_STOPPED value */
                CAN_STATE_STOPPED = 5
            }

            /**
             * Properties of a CanBusStatus.
             * @deprecated Use v2xedge.bridge.v1.CanBusStatus.$Properties instead.
             */
            interface ICanBusStatus extends v2xedge.bridge.v1.CanBusStatus.$Properties {
            }

            /** Represents a CanBusStatus. */
            class CanBusStatus {

                /**
                 * Constructs a new CanBusStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.CanBusStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanBusStatus port. */
                port: number;

                /** CanBusStatus state. */
                state: v2xedge.bridge.v1.CanState;

                /** CanBusStatus txErrorCount. */
                txErrorCount: number;

                /** CanBusStatus rxErrorCount. */
                rxErrorCount: number;

                /**
                 * Creates a new CanBusStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanBusStatus instance
                 */
                static create(properties: v2xedge.bridge.v1.CanBusStatus.$Shape): v2xedge.bridge.v1.CanBusStatus & v2xedge.bridge.v1.CanBusStatus.$Shape;
                static create(properties?: v2xedge.bridge.v1.CanBusStatus.$Properties): v2xedge.bridge.v1.CanBusStatus;

                /**
                 * Encodes the specified CanBusStatus message. Does not implicitly {@link v2xedge.bridge.v1.CanBusStatus.verify|verify} messages.
                 * @param message CanBusStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.CanBusStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanBusStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanBusStatus & v2xedge.bridge.v1.CanBusStatus.$Shape} CanBusStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.CanBusStatus & v2xedge.bridge.v1.CanBusStatus.$Shape;

                /**
                 * Creates a CanBusStatus message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanBusStatus
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.CanBusStatus;

                /**
                 * Creates a plain object from a CanBusStatus message. Also converts values to other types if specified.
                 * @param message CanBusStatus
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.CanBusStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanBusStatus to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CanBusStatus {

                /** Properties of a CanBusStatus. */
                interface $Properties {

                    /** CanBusStatus port */
                    port?: (number|null);

                    /** CanBusStatus state */
                    state?: (v2xedge.bridge.v1.CanState|null);

                    /** CanBusStatus txErrorCount */
                    txErrorCount?: (number|null);

                    /** CanBusStatus rxErrorCount */
                    rxErrorCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanBusStatus. */
                type $Shape = v2xedge.bridge.v1.CanBusStatus.$Properties;
            }

            /**
             * Properties of a CanErrorFrame.
             * @deprecated Use v2xedge.bridge.v1.CanErrorFrame.$Properties instead.
             */
            interface ICanErrorFrame extends v2xedge.bridge.v1.CanErrorFrame.$Properties {
            }

            /** Represents a CanErrorFrame. */
            class CanErrorFrame {

                /**
                 * Constructs a new CanErrorFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.CanErrorFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CanErrorFrame port. */
                port: number;

                /** CanErrorFrame errorClass. */
                errorClass: number;

                /** CanErrorFrame data. */
                data: Uint8Array;

                /** CanErrorFrame mcuTimeUs. */
                mcuTimeUs: number;

                /**
                 * Creates a new CanErrorFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CanErrorFrame instance
                 */
                static create(properties: v2xedge.bridge.v1.CanErrorFrame.$Shape): v2xedge.bridge.v1.CanErrorFrame & v2xedge.bridge.v1.CanErrorFrame.$Shape;
                static create(properties?: v2xedge.bridge.v1.CanErrorFrame.$Properties): v2xedge.bridge.v1.CanErrorFrame;

                /**
                 * Encodes the specified CanErrorFrame message. Does not implicitly {@link v2xedge.bridge.v1.CanErrorFrame.verify|verify} messages.
                 * @param message CanErrorFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.CanErrorFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CanErrorFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanErrorFrame & v2xedge.bridge.v1.CanErrorFrame.$Shape} CanErrorFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.CanErrorFrame & v2xedge.bridge.v1.CanErrorFrame.$Shape;

                /**
                 * Creates a CanErrorFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CanErrorFrame
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.CanErrorFrame;

                /**
                 * Creates a plain object from a CanErrorFrame message. Also converts values to other types if specified.
                 * @param message CanErrorFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.CanErrorFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CanErrorFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CanErrorFrame {

                /** Properties of a CanErrorFrame. */
                interface $Properties {

                    /** CanErrorFrame port */
                    port?: (number|null);

                    /** CanErrorFrame errorClass */
                    errorClass?: (number|null);

                    /** CanErrorFrame data */
                    data?: (Uint8Array|null);

                    /** CanErrorFrame mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CanErrorFrame. */
                type $Shape = v2xedge.bridge.v1.CanErrorFrame.$Properties;
            }

            /**
             * Properties of a GnssSentence.
             * @deprecated Use v2xedge.bridge.v1.GnssSentence.$Properties instead.
             */
            interface IGnssSentence extends v2xedge.bridge.v1.GnssSentence.$Properties {
            }

            /** Represents a GnssSentence. */
            class GnssSentence {

                /**
                 * Constructs a new GnssSentence.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.GnssSentence.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GnssSentence text. */
                text: string;

                /** GnssSentence mcuTimeUs. */
                mcuTimeUs: number;

                /**
                 * Creates a new GnssSentence instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GnssSentence instance
                 */
                static create(properties: v2xedge.bridge.v1.GnssSentence.$Shape): v2xedge.bridge.v1.GnssSentence & v2xedge.bridge.v1.GnssSentence.$Shape;
                static create(properties?: v2xedge.bridge.v1.GnssSentence.$Properties): v2xedge.bridge.v1.GnssSentence;

                /**
                 * Encodes the specified GnssSentence message. Does not implicitly {@link v2xedge.bridge.v1.GnssSentence.verify|verify} messages.
                 * @param message GnssSentence message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.GnssSentence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GnssSentence message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.GnssSentence & v2xedge.bridge.v1.GnssSentence.$Shape} GnssSentence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.GnssSentence & v2xedge.bridge.v1.GnssSentence.$Shape;

                /**
                 * Creates a GnssSentence message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GnssSentence
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.GnssSentence;

                /**
                 * Creates a plain object from a GnssSentence message. Also converts values to other types if specified.
                 * @param message GnssSentence
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.GnssSentence, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GnssSentence to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GnssSentence {

                /** Properties of a GnssSentence. */
                interface $Properties {

                    /** GnssSentence text */
                    text?: (string|null);

                    /** GnssSentence mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GnssSentence. */
                type $Shape = v2xedge.bridge.v1.GnssSentence.$Properties;
            }

            /**
             * Properties of a PpsMark.
             * @deprecated Use v2xedge.bridge.v1.PpsMark.$Properties instead.
             */
            interface IPpsMark extends v2xedge.bridge.v1.PpsMark.$Properties {
            }

            /** Represents a PpsMark. */
            class PpsMark {

                /**
                 * Constructs a new PpsMark.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.PpsMark.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PpsMark mcuTimeUs. */
                mcuTimeUs: number;

                /** PpsMark count. */
                count: number;

                /**
                 * Creates a new PpsMark instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PpsMark instance
                 */
                static create(properties: v2xedge.bridge.v1.PpsMark.$Shape): v2xedge.bridge.v1.PpsMark & v2xedge.bridge.v1.PpsMark.$Shape;
                static create(properties?: v2xedge.bridge.v1.PpsMark.$Properties): v2xedge.bridge.v1.PpsMark;

                /**
                 * Encodes the specified PpsMark message. Does not implicitly {@link v2xedge.bridge.v1.PpsMark.verify|verify} messages.
                 * @param message PpsMark message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.PpsMark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PpsMark message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.PpsMark & v2xedge.bridge.v1.PpsMark.$Shape} PpsMark
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.PpsMark & v2xedge.bridge.v1.PpsMark.$Shape;

                /**
                 * Creates a PpsMark message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PpsMark
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.PpsMark;

                /**
                 * Creates a plain object from a PpsMark message. Also converts values to other types if specified.
                 * @param message PpsMark
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.PpsMark, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PpsMark to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PpsMark {

                /** Properties of a PpsMark. */
                interface $Properties {

                    /** PpsMark mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** PpsMark count */
                    count?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PpsMark. */
                type $Shape = v2xedge.bridge.v1.PpsMark.$Properties;
            }

            /**
             * Properties of a V2xTransmit.
             * @deprecated Use v2xedge.bridge.v1.V2xTransmit.$Properties instead.
             */
            interface IV2xTransmit extends v2xedge.bridge.v1.V2xTransmit.$Properties {
            }

            /** Represents a V2xTransmit. */
            class V2xTransmit {

                /**
                 * Constructs a new V2xTransmit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.V2xTransmit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** V2xTransmit channel. */
                channel: number;

                /** V2xTransmit psid. */
                psid: number;

                /** V2xTransmit powerHalfDbm. */
                powerHalfDbm: number;

                /** V2xTransmit dataRate_500kbps. */
                dataRate_500kbps: number;

                /** V2xTransmit priority. */
                priority: number;

                /** V2xTransmit payload. */
                payload: Uint8Array;

                /**
                 * Creates a new V2xTransmit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns V2xTransmit instance
                 */
                static create(properties: v2xedge.bridge.v1.V2xTransmit.$Shape): v2xedge.bridge.v1.V2xTransmit & v2xedge.bridge.v1.V2xTransmit.$Shape;
                static create(properties?: v2xedge.bridge.v1.V2xTransmit.$Properties): v2xedge.bridge.v1.V2xTransmit;

                /**
                 * Encodes the specified V2xTransmit message. Does not implicitly {@link v2xedge.bridge.v1.V2xTransmit.verify|verify} messages.
                 * @param message V2xTransmit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.V2xTransmit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a V2xTransmit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.V2xTransmit & v2xedge.bridge.v1.V2xTransmit.$Shape} V2xTransmit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.V2xTransmit & v2xedge.bridge.v1.V2xTransmit.$Shape;

                /**
                 * Creates a V2xTransmit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns V2xTransmit
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.V2xTransmit;

                /**
                 * Creates a plain object from a V2xTransmit message. Also converts values to other types if specified.
                 * @param message V2xTransmit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.V2xTransmit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this V2xTransmit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace V2xTransmit {

                /** Properties of a V2xTransmit. */
                interface $Properties {

                    /** V2xTransmit channel */
                    channel?: (number|null);

                    /** V2xTransmit psid */
                    psid?: (number|null);

                    /** V2xTransmit powerHalfDbm */
                    powerHalfDbm?: (number|null);

                    /** V2xTransmit dataRate_500kbps */
                    dataRate_500kbps?: (number|null);

                    /** V2xTransmit priority */
                    priority?: (number|null);

                    /** V2xTransmit payload */
                    payload?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a V2xTransmit. */
                type $Shape = v2xedge.bridge.v1.V2xTransmit.$Properties;
            }

            /**
             * Properties of a V2xTransmitReport.
             * @deprecated Use v2xedge.bridge.v1.V2xTransmitReport.$Properties instead.
             */
            interface IV2xTransmitReport extends v2xedge.bridge.v1.V2xTransmitReport.$Properties {
            }

            /** Represents a V2xTransmitReport. */
            class V2xTransmitReport {

                /**
                 * Constructs a new V2xTransmitReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.V2xTransmitReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** V2xTransmitReport status. */
                status: v2xedge.bridge.v1.TxStatus;

                /** V2xTransmitReport mcuTimeUs. */
                mcuTimeUs: number;

                /** V2xTransmitReport airtimeUs. */
                airtimeUs: number;

                /** V2xTransmitReport channel. */
                channel: number;

                /**
                 * Creates a new V2xTransmitReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns V2xTransmitReport instance
                 */
                static create(properties: v2xedge.bridge.v1.V2xTransmitReport.$Shape): v2xedge.bridge.v1.V2xTransmitReport & v2xedge.bridge.v1.V2xTransmitReport.$Shape;
                static create(properties?: v2xedge.bridge.v1.V2xTransmitReport.$Properties): v2xedge.bridge.v1.V2xTransmitReport;

                /**
                 * Encodes the specified V2xTransmitReport message. Does not implicitly {@link v2xedge.bridge.v1.V2xTransmitReport.verify|verify} messages.
                 * @param message V2xTransmitReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.V2xTransmitReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a V2xTransmitReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.V2xTransmitReport & v2xedge.bridge.v1.V2xTransmitReport.$Shape} V2xTransmitReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.V2xTransmitReport & v2xedge.bridge.v1.V2xTransmitReport.$Shape;

                /**
                 * Creates a V2xTransmitReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns V2xTransmitReport
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.V2xTransmitReport;

                /**
                 * Creates a plain object from a V2xTransmitReport message. Also converts values to other types if specified.
                 * @param message V2xTransmitReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.V2xTransmitReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this V2xTransmitReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace V2xTransmitReport {

                /** Properties of a V2xTransmitReport. */
                interface $Properties {

                    /** V2xTransmitReport status */
                    status?: (v2xedge.bridge.v1.TxStatus|null);

                    /** V2xTransmitReport mcuTimeUs */
                    mcuTimeUs?: (number|null);

                    /** V2xTransmitReport airtimeUs */
                    airtimeUs?: (number|null);

                    /** V2xTransmitReport channel */
                    channel?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a V2xTransmitReport. */
                type $Shape = v2xedge.bridge.v1.V2xTransmitReport.$Properties;
            }

            /**
             * Properties of a StatusRequest.
             * @deprecated Use v2xedge.bridge.v1.StatusRequest.$Properties instead.
             */
            interface IStatusRequest extends v2xedge.bridge.v1.StatusRequest.$Properties {
            }

            /** Represents a StatusRequest. */
            class StatusRequest {

                /**
                 * Constructs a new StatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.StatusRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new StatusRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusRequest instance
                 */
                static create(properties: v2xedge.bridge.v1.StatusRequest.$Shape): v2xedge.bridge.v1.StatusRequest & v2xedge.bridge.v1.StatusRequest.$Shape;
                static create(properties?: v2xedge.bridge.v1.StatusRequest.$Properties): v2xedge.bridge.v1.StatusRequest;

                /**
                 * Encodes the specified StatusRequest message. Does not implicitly {@link v2xedge.bridge.v1.StatusRequest.verify|verify} messages.
                 * @param message StatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.StatusRequest & v2xedge.bridge.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.StatusRequest & v2xedge.bridge.v1.StatusRequest.$Shape;

                /**
                 * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusRequest
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.StatusRequest;

                /**
                 * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
                 * @param message StatusRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StatusRequest {

                /** Properties of a StatusRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusRequest. */
                type $Shape = v2xedge.bridge.v1.StatusRequest.$Properties;
            }

            /**
             * Properties of a LinkCounters.
             * @deprecated Use v2xedge.bridge.v1.LinkCounters.$Properties instead.
             */
            interface ILinkCounters extends v2xedge.bridge.v1.LinkCounters.$Properties {
            }

            /** Represents a LinkCounters. */
            class LinkCounters {

                /**
                 * Constructs a new LinkCounters.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.LinkCounters.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LinkCounters rxFrames. */
                rxFrames: number;

                /** LinkCounters rxCrcErrors. */
                rxCrcErrors: number;

                /** LinkCounters rxFramingErrors. */
                rxFramingErrors: number;

                /** LinkCounters rxOversize. */
                rxOversize: number;

                /** LinkCounters rxDecodeErrors. */
                rxDecodeErrors: number;

                /** LinkCounters rxSeqGaps. */
                rxSeqGaps: number;

                /** LinkCounters txFrames. */
                txFrames: number;

                /** LinkCounters txDropped. */
                txDropped: number;

                /**
                 * Creates a new LinkCounters instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LinkCounters instance
                 */
                static create(properties: v2xedge.bridge.v1.LinkCounters.$Shape): v2xedge.bridge.v1.LinkCounters & v2xedge.bridge.v1.LinkCounters.$Shape;
                static create(properties?: v2xedge.bridge.v1.LinkCounters.$Properties): v2xedge.bridge.v1.LinkCounters;

                /**
                 * Encodes the specified LinkCounters message. Does not implicitly {@link v2xedge.bridge.v1.LinkCounters.verify|verify} messages.
                 * @param message LinkCounters message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.LinkCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LinkCounters message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.LinkCounters & v2xedge.bridge.v1.LinkCounters.$Shape} LinkCounters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.LinkCounters & v2xedge.bridge.v1.LinkCounters.$Shape;

                /**
                 * Creates a LinkCounters message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LinkCounters
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.LinkCounters;

                /**
                 * Creates a plain object from a LinkCounters message. Also converts values to other types if specified.
                 * @param message LinkCounters
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.LinkCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LinkCounters to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace LinkCounters {

                /** Properties of a LinkCounters. */
                interface $Properties {

                    /** LinkCounters rxFrames */
                    rxFrames?: (number|null);

                    /** LinkCounters rxCrcErrors */
                    rxCrcErrors?: (number|null);

                    /** LinkCounters rxFramingErrors */
                    rxFramingErrors?: (number|null);

                    /** LinkCounters rxOversize */
                    rxOversize?: (number|null);

                    /** LinkCounters rxDecodeErrors */
                    rxDecodeErrors?: (number|null);

                    /** LinkCounters rxSeqGaps */
                    rxSeqGaps?: (number|null);

                    /** LinkCounters txFrames */
                    txFrames?: (number|null);

                    /** LinkCounters txDropped */
                    txDropped?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LinkCounters. */
                type $Shape = v2xedge.bridge.v1.LinkCounters.$Properties;
            }

            /**
             * Properties of a StatusReport.
             * @deprecated Use v2xedge.bridge.v1.StatusReport.$Properties instead.
             */
            interface IStatusReport extends v2xedge.bridge.v1.StatusReport.$Properties {
            }

            /** Represents a StatusReport. */
            class StatusReport {

                /**
                 * Constructs a new StatusReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.StatusReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusReport uptimeMs. */
                uptimeMs: number;

                /** StatusReport link. */
                link?: (v2xedge.bridge.v1.LinkCounters.$Properties|null);

                /** StatusReport can. */
                can: v2xedge.bridge.v1.CanBusStatus.$Properties[];

                /** StatusReport txQueueDepth. */
                txQueueDepth: number;

                /** StatusReport canRxOverruns. */
                canRxOverruns: number;

                /**
                 * Creates a new StatusReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusReport instance
                 */
                static create(properties: v2xedge.bridge.v1.StatusReport.$Shape): v2xedge.bridge.v1.StatusReport & v2xedge.bridge.v1.StatusReport.$Shape;
                static create(properties?: v2xedge.bridge.v1.StatusReport.$Properties): v2xedge.bridge.v1.StatusReport;

                /**
                 * Encodes the specified StatusReport message. Does not implicitly {@link v2xedge.bridge.v1.StatusReport.verify|verify} messages.
                 * @param message StatusReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.StatusReport & v2xedge.bridge.v1.StatusReport.$Shape} StatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.StatusReport & v2xedge.bridge.v1.StatusReport.$Shape;

                /**
                 * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusReport
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.StatusReport;

                /**
                 * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
                 * @param message StatusReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.StatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StatusReport {

                /** Properties of a StatusReport. */
                interface $Properties {

                    /** StatusReport uptimeMs */
                    uptimeMs?: (number|null);

                    /** StatusReport link */
                    link?: (v2xedge.bridge.v1.LinkCounters.$Properties|null);

                    /** StatusReport can */
                    can?: (v2xedge.bridge.v1.CanBusStatus.$Properties[]|null);

                    /** StatusReport txQueueDepth */
                    txQueueDepth?: (number|null);

                    /** StatusReport canRxOverruns */
                    canRxOverruns?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusReport. */
                type $Shape = v2xedge.bridge.v1.StatusReport.$Properties;
            }

            /** ErrorCode enum. */
            enum ErrorCode {

                /** ERROR_CODE_UNSPECIFIED value */
                ERROR_CODE_UNSPECIFIED = 0,

                /** ERROR_CODE_DECODE_FAILED value */
                ERROR_CODE_DECODE_FAILED = 1,

                /** ERROR_CODE_UNSUPPORTED_BODY value */
                ERROR_CODE_UNSUPPORTED_BODY = 2,

                /** ERROR_CODE_INVALID_ARGUMENT value */
                ERROR_CODE_INVALID_ARGUMENT = 3,

                /** ERROR_CODE_VERSION_MISMATCH value */
                ERROR_CODE_VERSION_MISMATCH = 4,

                /** ERROR_CODE_NOT_READY value */
                ERROR_CODE_NOT_READY = 5
            }

            /**
             * Properties of an ErrorReport.
             * @deprecated Use v2xedge.bridge.v1.ErrorReport.$Properties instead.
             */
            interface IErrorReport extends v2xedge.bridge.v1.ErrorReport.$Properties {
            }

            /** Represents an ErrorReport. */
            class ErrorReport {

                /**
                 * Constructs a new ErrorReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.ErrorReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ErrorReport code. */
                code: v2xedge.bridge.v1.ErrorCode;

                /** ErrorReport refSeq. */
                refSeq: number;

                /** ErrorReport detail. */
                detail: string;

                /**
                 * Creates a new ErrorReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ErrorReport instance
                 */
                static create(properties: v2xedge.bridge.v1.ErrorReport.$Shape): v2xedge.bridge.v1.ErrorReport & v2xedge.bridge.v1.ErrorReport.$Shape;
                static create(properties?: v2xedge.bridge.v1.ErrorReport.$Properties): v2xedge.bridge.v1.ErrorReport;

                /**
                 * Encodes the specified ErrorReport message. Does not implicitly {@link v2xedge.bridge.v1.ErrorReport.verify|verify} messages.
                 * @param message ErrorReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.ErrorReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ErrorReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.ErrorReport & v2xedge.bridge.v1.ErrorReport.$Shape} ErrorReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.ErrorReport & v2xedge.bridge.v1.ErrorReport.$Shape;

                /**
                 * Creates an ErrorReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ErrorReport
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.ErrorReport;

                /**
                 * Creates a plain object from an ErrorReport message. Also converts values to other types if specified.
                 * @param message ErrorReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.ErrorReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ErrorReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ErrorReport {

                /** Properties of an ErrorReport. */
                interface $Properties {

                    /** ErrorReport code */
                    code?: (v2xedge.bridge.v1.ErrorCode|null);

                    /** ErrorReport refSeq */
                    refSeq?: (number|null);

                    /** ErrorReport detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ErrorReport. */
                type $Shape = v2xedge.bridge.v1.ErrorReport.$Properties;
            }

            /** ResetReason enum. */
            enum ResetReason {

                /** RESET_REASON_UNSPECIFIED value */
                RESET_REASON_UNSPECIFIED = 0,

                /** RESET_REASON_POWER_ON value */
                RESET_REASON_POWER_ON = 1,

                /** RESET_REASON_WATCHDOG value */
                RESET_REASON_WATCHDOG = 2,

                /** RESET_REASON_SOFTWARE value */
                RESET_REASON_SOFTWARE = 3,

                /** RESET_REASON_BROWN_OUT value */
                RESET_REASON_BROWN_OUT = 4,

                /** RESET_REASON_PIN value */
                RESET_REASON_PIN = 5
            }

            /**
             * Properties of a BootNotice.
             * @deprecated Use v2xedge.bridge.v1.BootNotice.$Properties instead.
             */
            interface IBootNotice extends v2xedge.bridge.v1.BootNotice.$Properties {
            }

            /** Represents a BootNotice. */
            class BootNotice {

                /**
                 * Constructs a new BootNotice.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: v2xedge.bridge.v1.BootNotice.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BootNotice bootCount. */
                bootCount: number;

                /** BootNotice reason. */
                reason: v2xedge.bridge.v1.ResetReason;

                /**
                 * Creates a new BootNotice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BootNotice instance
                 */
                static create(properties: v2xedge.bridge.v1.BootNotice.$Shape): v2xedge.bridge.v1.BootNotice & v2xedge.bridge.v1.BootNotice.$Shape;
                static create(properties?: v2xedge.bridge.v1.BootNotice.$Properties): v2xedge.bridge.v1.BootNotice;

                /**
                 * Encodes the specified BootNotice message. Does not implicitly {@link v2xedge.bridge.v1.BootNotice.verify|verify} messages.
                 * @param message BootNotice message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: v2xedge.bridge.v1.BootNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BootNotice message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.BootNotice & v2xedge.bridge.v1.BootNotice.$Shape} BootNotice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v2xedge.bridge.v1.BootNotice & v2xedge.bridge.v1.BootNotice.$Shape;

                /**
                 * Creates a BootNotice message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BootNotice
                 */
                static fromObject(object: { [k: string]: any }): v2xedge.bridge.v1.BootNotice;

                /**
                 * Creates a plain object from a BootNotice message. Also converts values to other types if specified.
                 * @param message BootNotice
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: v2xedge.bridge.v1.BootNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BootNotice to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BootNotice {

                /** Properties of a BootNotice. */
                interface $Properties {

                    /** BootNotice bootCount */
                    bootCount?: (number|null);

                    /** BootNotice reason */
                    reason?: (v2xedge.bridge.v1.ResetReason|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BootNotice. */
                type $Shape = v2xedge.bridge.v1.BootNotice.$Properties;
            }
        }
    }
}
