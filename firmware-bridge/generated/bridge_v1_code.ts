// Generated from firmware-bridge/proto/v1/bridge.proto by firmware-bridge/scripts/gen.ts (pbjs static-module, protobufjs-cli 2.7.1); do not edit.
// @ts-nocheck -- JavaScript emitted by pbjs; its types are in bridge_v1_types.ts.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const v2xedge = $root.v2xedge = (() => {

    /**
     * Namespace v2xedge.
     * @exports v2xedge
     * @namespace
     */
    const v2xedge = {};

    v2xedge.bridge = (function() {

        /**
         * Namespace bridge.
         * @memberof v2xedge
         * @namespace
         */
        const bridge = {};

        bridge.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof v2xedge.bridge
             * @namespace
             */
            const v1 = {};

            v1.Frame = (function() {

                /**
                 * Properties of a Frame.
                 * @typedef {Object} v2xedge.bridge.v1.Frame.$Properties
                 * @property {number|null} [seq] Frame seq
                 * @property {number|null} [ackSeq] Frame ackSeq
                 * @property {v2xedge.bridge.v1.CanFrameBatch.$Properties|null} [canRx] Frame canRx
                 * @property {v2xedge.bridge.v1.CanFrame.$Properties|null} [canTransmit] Frame canTransmit
                 * @property {v2xedge.bridge.v1.CanTransmitReport.$Properties|null} [canTransmitReport] Frame canTransmitReport
                 * @property {v2xedge.bridge.v1.Heartbeat.$Properties|null} [heartbeat] Frame heartbeat
                 * @property {v2xedge.bridge.v1.HeartbeatAck.$Properties|null} [heartbeatAck] Frame heartbeatAck
                 * @property {v2xedge.bridge.v1.GnssSentence.$Properties|null} [gnssSentence] Frame gnssSentence
                 * @property {v2xedge.bridge.v1.PpsMark.$Properties|null} [ppsMark] Frame ppsMark
                 * @property {v2xedge.bridge.v1.TimeSyncRequest.$Properties|null} [timeSyncRequest] Frame timeSyncRequest
                 * @property {v2xedge.bridge.v1.TimeSyncResponse.$Properties|null} [timeSyncResponse] Frame timeSyncResponse
                 * @property {v2xedge.bridge.v1.Hello.$Properties|null} [hello] Frame hello
                 * @property {v2xedge.bridge.v1.HelloAck.$Properties|null} [helloAck] Frame helloAck
                 * @property {v2xedge.bridge.v1.V2xTransmit.$Properties|null} [v2xTransmit] Frame v2xTransmit
                 * @property {v2xedge.bridge.v1.V2xTransmitReport.$Properties|null} [v2xTransmitReport] Frame v2xTransmitReport
                 * @property {v2xedge.bridge.v1.StatusRequest.$Properties|null} [statusRequest] Frame statusRequest
                 * @property {v2xedge.bridge.v1.StatusReport.$Properties|null} [statusReport] Frame statusReport
                 * @property {v2xedge.bridge.v1.ErrorReport.$Properties|null} [errorReport] Frame errorReport
                 * @property {v2xedge.bridge.v1.BootNotice.$Properties|null} [bootNotice] Frame bootNotice
                 * @property {v2xedge.bridge.v1.CanBusStatus.$Properties|null} [canBusStatus] Frame canBusStatus
                 * @property {v2xedge.bridge.v1.CanErrorFrame.$Properties|null} [canErrorFrame] Frame canErrorFrame
                 * @property {"canRx"|"canTransmit"|"canTransmitReport"|"heartbeat"|"heartbeatAck"|"gnssSentence"|"ppsMark"|"timeSyncRequest"|"timeSyncResponse"|"hello"|"helloAck"|"v2xTransmit"|"v2xTransmitReport"|"statusRequest"|"statusReport"|"errorReport"|"bootNotice"|"canBusStatus"|"canErrorFrame"} [body] Frame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Frame.
                 * @memberof v2xedge.bridge.v1
                 * @interface IFrame
                 * @augments v2xedge.bridge.v1.Frame.$Properties
                 * @deprecated Use v2xedge.bridge.v1.Frame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Frame.
                 * @typedef {{
                 *   seq?: number|null;
                 *   ackSeq?: number|null;
                 *   canRx?: v2xedge.bridge.v1.CanFrameBatch.$Shape|null;
                 *   canTransmit?: v2xedge.bridge.v1.CanFrame.$Shape|null;
                 *   canTransmitReport?: v2xedge.bridge.v1.CanTransmitReport.$Shape|null;
                 *   heartbeat?: v2xedge.bridge.v1.Heartbeat.$Shape|null;
                 *   heartbeatAck?: v2xedge.bridge.v1.HeartbeatAck.$Shape|null;
                 *   gnssSentence?: v2xedge.bridge.v1.GnssSentence.$Shape|null;
                 *   ppsMark?: v2xedge.bridge.v1.PpsMark.$Shape|null;
                 *   timeSyncRequest?: v2xedge.bridge.v1.TimeSyncRequest.$Shape|null;
                 *   timeSyncResponse?: v2xedge.bridge.v1.TimeSyncResponse.$Shape|null;
                 *   hello?: v2xedge.bridge.v1.Hello.$Shape|null;
                 *   helloAck?: v2xedge.bridge.v1.HelloAck.$Shape|null;
                 *   v2xTransmit?: v2xedge.bridge.v1.V2xTransmit.$Shape|null;
                 *   v2xTransmitReport?: v2xedge.bridge.v1.V2xTransmitReport.$Shape|null;
                 *   statusRequest?: v2xedge.bridge.v1.StatusRequest.$Shape|null;
                 *   statusReport?: v2xedge.bridge.v1.StatusReport.$Shape|null;
                 *   errorReport?: v2xedge.bridge.v1.ErrorReport.$Shape|null;
                 *   bootNotice?: v2xedge.bridge.v1.BootNotice.$Shape|null;
                 *   canBusStatus?: v2xedge.bridge.v1.CanBusStatus.$Shape|null;
                 *   canErrorFrame?: v2xedge.bridge.v1.CanErrorFrame.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canRx"; canRx: v2xedge.bridge.v1.CanFrameBatch.$Shape; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canTransmit"; canRx?: null; canTransmit: v2xedge.bridge.v1.CanFrame.$Shape; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canTransmitReport"; canRx?: null; canTransmit?: null; canTransmitReport: v2xedge.bridge.v1.CanTransmitReport.$Shape; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "heartbeat"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat: v2xedge.bridge.v1.Heartbeat.$Shape; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "heartbeatAck"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck: v2xedge.bridge.v1.HeartbeatAck.$Shape; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "gnssSentence"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence: v2xedge.bridge.v1.GnssSentence.$Shape; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "ppsMark"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark: v2xedge.bridge.v1.PpsMark.$Shape; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "timeSyncRequest"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest: v2xedge.bridge.v1.TimeSyncRequest.$Shape; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "timeSyncResponse"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse: v2xedge.bridge.v1.TimeSyncResponse.$Shape; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "hello"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello: v2xedge.bridge.v1.Hello.$Shape; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "helloAck"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck: v2xedge.bridge.v1.HelloAck.$Shape; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "v2xTransmit"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit: v2xedge.bridge.v1.V2xTransmit.$Shape; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "v2xTransmitReport"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport: v2xedge.bridge.v1.V2xTransmitReport.$Shape; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "statusRequest"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest: v2xedge.bridge.v1.StatusRequest.$Shape; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "statusReport"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport: v2xedge.bridge.v1.StatusReport.$Shape; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "errorReport"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport: v2xedge.bridge.v1.ErrorReport.$Shape; bootNotice?: null; canBusStatus?: null; canErrorFrame?: null }|{ body?: "bootNotice"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice: v2xedge.bridge.v1.BootNotice.$Shape; canBusStatus?: null; canErrorFrame?: null }|{ body?: "canBusStatus"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus: v2xedge.bridge.v1.CanBusStatus.$Shape; canErrorFrame?: null }|{ body?: "canErrorFrame"; canRx?: null; canTransmit?: null; canTransmitReport?: null; heartbeat?: null; heartbeatAck?: null; gnssSentence?: null; ppsMark?: null; timeSyncRequest?: null; timeSyncResponse?: null; hello?: null; helloAck?: null; v2xTransmit?: null; v2xTransmitReport?: null; statusRequest?: null; statusReport?: null; errorReport?: null; bootNotice?: null; canBusStatus?: null; canErrorFrame: v2xedge.bridge.v1.CanErrorFrame.$Shape })
                 * )} v2xedge.bridge.v1.Frame.$Shape
                 */

                /**
                 * Constructs a new Frame.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a Frame.
                 * @constructor
                 * @param {v2xedge.bridge.v1.Frame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Frame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Frame seq.
                 * @member {number} seq
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.seq = 0;

                /**
                 * Frame ackSeq.
                 * @member {number} ackSeq
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.ackSeq = 0;

                /**
                 * Frame canRx.
                 * @member {v2xedge.bridge.v1.CanFrameBatch.$Properties|null|undefined} canRx
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.canRx = null;

                /**
                 * Frame canTransmit.
                 * @member {v2xedge.bridge.v1.CanFrame.$Properties|null|undefined} canTransmit
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.canTransmit = null;

                /**
                 * Frame canTransmitReport.
                 * @member {v2xedge.bridge.v1.CanTransmitReport.$Properties|null|undefined} canTransmitReport
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.canTransmitReport = null;

                /**
                 * Frame heartbeat.
                 * @member {v2xedge.bridge.v1.Heartbeat.$Properties|null|undefined} heartbeat
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.heartbeat = null;

                /**
                 * Frame heartbeatAck.
                 * @member {v2xedge.bridge.v1.HeartbeatAck.$Properties|null|undefined} heartbeatAck
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.heartbeatAck = null;

                /**
                 * Frame gnssSentence.
                 * @member {v2xedge.bridge.v1.GnssSentence.$Properties|null|undefined} gnssSentence
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.gnssSentence = null;

                /**
                 * Frame ppsMark.
                 * @member {v2xedge.bridge.v1.PpsMark.$Properties|null|undefined} ppsMark
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.ppsMark = null;

                /**
                 * Frame timeSyncRequest.
                 * @member {v2xedge.bridge.v1.TimeSyncRequest.$Properties|null|undefined} timeSyncRequest
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.timeSyncRequest = null;

                /**
                 * Frame timeSyncResponse.
                 * @member {v2xedge.bridge.v1.TimeSyncResponse.$Properties|null|undefined} timeSyncResponse
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.timeSyncResponse = null;

                /**
                 * Frame hello.
                 * @member {v2xedge.bridge.v1.Hello.$Properties|null|undefined} hello
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.hello = null;

                /**
                 * Frame helloAck.
                 * @member {v2xedge.bridge.v1.HelloAck.$Properties|null|undefined} helloAck
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.helloAck = null;

                /**
                 * Frame v2xTransmit.
                 * @member {v2xedge.bridge.v1.V2xTransmit.$Properties|null|undefined} v2xTransmit
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.v2xTransmit = null;

                /**
                 * Frame v2xTransmitReport.
                 * @member {v2xedge.bridge.v1.V2xTransmitReport.$Properties|null|undefined} v2xTransmitReport
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.v2xTransmitReport = null;

                /**
                 * Frame statusRequest.
                 * @member {v2xedge.bridge.v1.StatusRequest.$Properties|null|undefined} statusRequest
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.statusRequest = null;

                /**
                 * Frame statusReport.
                 * @member {v2xedge.bridge.v1.StatusReport.$Properties|null|undefined} statusReport
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.statusReport = null;

                /**
                 * Frame errorReport.
                 * @member {v2xedge.bridge.v1.ErrorReport.$Properties|null|undefined} errorReport
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.errorReport = null;

                /**
                 * Frame bootNotice.
                 * @member {v2xedge.bridge.v1.BootNotice.$Properties|null|undefined} bootNotice
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.bootNotice = null;

                /**
                 * Frame canBusStatus.
                 * @member {v2xedge.bridge.v1.CanBusStatus.$Properties|null|undefined} canBusStatus
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.canBusStatus = null;

                /**
                 * Frame canErrorFrame.
                 * @member {v2xedge.bridge.v1.CanErrorFrame.$Properties|null|undefined} canErrorFrame
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                Frame.prototype.canErrorFrame = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Frame body.
                 * @member {"canRx"|"canTransmit"|"canTransmitReport"|"heartbeat"|"heartbeatAck"|"gnssSentence"|"ppsMark"|"timeSyncRequest"|"timeSyncResponse"|"hello"|"helloAck"|"v2xTransmit"|"v2xTransmitReport"|"statusRequest"|"statusReport"|"errorReport"|"bootNotice"|"canBusStatus"|"canErrorFrame"|undefined} body
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 */
                $Object.defineProperty(Frame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["canRx", "canTransmit", "canTransmitReport", "heartbeat", "heartbeatAck", "gnssSentence", "ppsMark", "timeSyncRequest", "timeSyncResponse", "hello", "helloAck", "v2xTransmit", "v2xTransmitReport", "statusRequest", "statusReport", "errorReport", "bootNotice", "canBusStatus", "canErrorFrame"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Frame instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.Frame
                 * @static
                 * @param {v2xedge.bridge.v1.Frame.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.Frame} Frame instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.Frame.$Shape): v2xedge.bridge.v1.Frame & v2xedge.bridge.v1.Frame.$Shape;
                 *   (properties?: v2xedge.bridge.v1.Frame.$Properties): v2xedge.bridge.v1.Frame;
                 * }}
                 */
                Frame.create = function(properties) {
                    return new Frame(properties);
                };

                /**
                 * Encodes the specified Frame message. Does not implicitly {@link v2xedge.bridge.v1.Frame.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.Frame
                 * @static
                 * @param {v2xedge.bridge.v1.Frame.$Properties} message Frame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Frame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                    if (message.ackSeq != null && $Object.hasOwnProperty.call(message, "ackSeq") && message.ackSeq !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ackSeq);
                    if (message.canRx != null && $Object.hasOwnProperty.call(message, "canRx"))
                        $root.v2xedge.bridge.v1.CanFrameBatch.encode(message.canRx, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.canTransmit != null && $Object.hasOwnProperty.call(message, "canTransmit"))
                        $root.v2xedge.bridge.v1.CanFrame.encode(message.canTransmit, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.canTransmitReport != null && $Object.hasOwnProperty.call(message, "canTransmitReport"))
                        $root.v2xedge.bridge.v1.CanTransmitReport.encode(message.canTransmitReport, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                        $root.v2xedge.bridge.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.heartbeatAck != null && $Object.hasOwnProperty.call(message, "heartbeatAck"))
                        $root.v2xedge.bridge.v1.HeartbeatAck.encode(message.heartbeatAck, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.gnssSentence != null && $Object.hasOwnProperty.call(message, "gnssSentence"))
                        $root.v2xedge.bridge.v1.GnssSentence.encode(message.gnssSentence, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.ppsMark != null && $Object.hasOwnProperty.call(message, "ppsMark"))
                        $root.v2xedge.bridge.v1.PpsMark.encode(message.ppsMark, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.timeSyncRequest != null && $Object.hasOwnProperty.call(message, "timeSyncRequest"))
                        $root.v2xedge.bridge.v1.TimeSyncRequest.encode(message.timeSyncRequest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.timeSyncResponse != null && $Object.hasOwnProperty.call(message, "timeSyncResponse"))
                        $root.v2xedge.bridge.v1.TimeSyncResponse.encode(message.timeSyncResponse, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                        $root.v2xedge.bridge.v1.Hello.encode(message.hello, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.helloAck != null && $Object.hasOwnProperty.call(message, "helloAck"))
                        $root.v2xedge.bridge.v1.HelloAck.encode(message.helloAck, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.v2xTransmit != null && $Object.hasOwnProperty.call(message, "v2xTransmit"))
                        $root.v2xedge.bridge.v1.V2xTransmit.encode(message.v2xTransmit, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.v2xTransmitReport != null && $Object.hasOwnProperty.call(message, "v2xTransmitReport"))
                        $root.v2xedge.bridge.v1.V2xTransmitReport.encode(message.v2xTransmitReport, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.statusRequest != null && $Object.hasOwnProperty.call(message, "statusRequest"))
                        $root.v2xedge.bridge.v1.StatusRequest.encode(message.statusRequest, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport"))
                        $root.v2xedge.bridge.v1.StatusReport.encode(message.statusReport, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                    if (message.errorReport != null && $Object.hasOwnProperty.call(message, "errorReport"))
                        $root.v2xedge.bridge.v1.ErrorReport.encode(message.errorReport, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                    if (message.bootNotice != null && $Object.hasOwnProperty.call(message, "bootNotice"))
                        $root.v2xedge.bridge.v1.BootNotice.encode(message.bootNotice, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                    if (message.canBusStatus != null && $Object.hasOwnProperty.call(message, "canBusStatus"))
                        $root.v2xedge.bridge.v1.CanBusStatus.encode(message.canBusStatus, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                    if (message.canErrorFrame != null && $Object.hasOwnProperty.call(message, "canErrorFrame"))
                        $root.v2xedge.bridge.v1.CanErrorFrame.encode(message.canErrorFrame, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Frame message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.Frame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.Frame & v2xedge.bridge.v1.Frame.$Shape} Frame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Frame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.Frame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ackSeq = value;
                                else
                                    delete message.ackSeq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.canRx = $root.v2xedge.bridge.v1.CanFrameBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.canRx);
                                message.body = "canRx";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.canTransmit = $root.v2xedge.bridge.v1.CanFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.canTransmit);
                                message.body = "canTransmit";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.canTransmitReport = $root.v2xedge.bridge.v1.CanTransmitReport.decode(reader, reader.size(), $undefined, _depth + 1, message.canTransmitReport);
                                message.body = "canTransmitReport";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.heartbeat = $root.v2xedge.bridge.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                                message.body = "heartbeat";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.heartbeatAck = $root.v2xedge.bridge.v1.HeartbeatAck.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeatAck);
                                message.body = "heartbeatAck";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.gnssSentence = $root.v2xedge.bridge.v1.GnssSentence.decode(reader, reader.size(), $undefined, _depth + 1, message.gnssSentence);
                                message.body = "gnssSentence";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.ppsMark = $root.v2xedge.bridge.v1.PpsMark.decode(reader, reader.size(), $undefined, _depth + 1, message.ppsMark);
                                message.body = "ppsMark";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.timeSyncRequest = $root.v2xedge.bridge.v1.TimeSyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.timeSyncRequest);
                                message.body = "timeSyncRequest";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.timeSyncResponse = $root.v2xedge.bridge.v1.TimeSyncResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.timeSyncResponse);
                                message.body = "timeSyncResponse";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.hello = $root.v2xedge.bridge.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                                message.body = "hello";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.helloAck = $root.v2xedge.bridge.v1.HelloAck.decode(reader, reader.size(), $undefined, _depth + 1, message.helloAck);
                                message.body = "helloAck";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.v2xTransmit = $root.v2xedge.bridge.v1.V2xTransmit.decode(reader, reader.size(), $undefined, _depth + 1, message.v2xTransmit);
                                message.body = "v2xTransmit";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.v2xTransmitReport = $root.v2xedge.bridge.v1.V2xTransmitReport.decode(reader, reader.size(), $undefined, _depth + 1, message.v2xTransmitReport);
                                message.body = "v2xTransmitReport";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.statusRequest = $root.v2xedge.bridge.v1.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.statusRequest);
                                message.body = "statusRequest";
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.statusReport = $root.v2xedge.bridge.v1.StatusReport.decode(reader, reader.size(), $undefined, _depth + 1, message.statusReport);
                                message.body = "statusReport";
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                message.errorReport = $root.v2xedge.bridge.v1.ErrorReport.decode(reader, reader.size(), $undefined, _depth + 1, message.errorReport);
                                message.body = "errorReport";
                                continue;
                            }
                        case 23: {
                                if (wireType !== 2)
                                    break;
                                message.bootNotice = $root.v2xedge.bridge.v1.BootNotice.decode(reader, reader.size(), $undefined, _depth + 1, message.bootNotice);
                                message.body = "bootNotice";
                                continue;
                            }
                        case 24: {
                                if (wireType !== 2)
                                    break;
                                message.canBusStatus = $root.v2xedge.bridge.v1.CanBusStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.canBusStatus);
                                message.body = "canBusStatus";
                                continue;
                            }
                        case 25: {
                                if (wireType !== 2)
                                    break;
                                message.canErrorFrame = $root.v2xedge.bridge.v1.CanErrorFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.canErrorFrame);
                                message.body = "canErrorFrame";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Frame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.Frame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.Frame} Frame
                 */
                Frame.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.Frame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.Frame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.Frame();
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.ackSeq != null)
                        if ($Number(object.ackSeq) !== 0)
                            message.ackSeq = object.ackSeq >>> 0;
                    if (object.canRx != null) {
                        if (!$util.isObject(object.canRx))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.canRx: object expected");
                        message.canRx = $root.v2xedge.bridge.v1.CanFrameBatch.fromObject(object.canRx, _depth + 1);
                    }
                    if (object.canTransmit != null) {
                        if (!$util.isObject(object.canTransmit))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.canTransmit: object expected");
                        message.canTransmit = $root.v2xedge.bridge.v1.CanFrame.fromObject(object.canTransmit, _depth + 1);
                    }
                    if (object.canTransmitReport != null) {
                        if (!$util.isObject(object.canTransmitReport))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.canTransmitReport: object expected");
                        message.canTransmitReport = $root.v2xedge.bridge.v1.CanTransmitReport.fromObject(object.canTransmitReport, _depth + 1);
                    }
                    if (object.heartbeat != null) {
                        if (!$util.isObject(object.heartbeat))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.heartbeat: object expected");
                        message.heartbeat = $root.v2xedge.bridge.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                    }
                    if (object.heartbeatAck != null) {
                        if (!$util.isObject(object.heartbeatAck))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.heartbeatAck: object expected");
                        message.heartbeatAck = $root.v2xedge.bridge.v1.HeartbeatAck.fromObject(object.heartbeatAck, _depth + 1);
                    }
                    if (object.gnssSentence != null) {
                        if (!$util.isObject(object.gnssSentence))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.gnssSentence: object expected");
                        message.gnssSentence = $root.v2xedge.bridge.v1.GnssSentence.fromObject(object.gnssSentence, _depth + 1);
                    }
                    if (object.ppsMark != null) {
                        if (!$util.isObject(object.ppsMark))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.ppsMark: object expected");
                        message.ppsMark = $root.v2xedge.bridge.v1.PpsMark.fromObject(object.ppsMark, _depth + 1);
                    }
                    if (object.timeSyncRequest != null) {
                        if (!$util.isObject(object.timeSyncRequest))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.timeSyncRequest: object expected");
                        message.timeSyncRequest = $root.v2xedge.bridge.v1.TimeSyncRequest.fromObject(object.timeSyncRequest, _depth + 1);
                    }
                    if (object.timeSyncResponse != null) {
                        if (!$util.isObject(object.timeSyncResponse))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.timeSyncResponse: object expected");
                        message.timeSyncResponse = $root.v2xedge.bridge.v1.TimeSyncResponse.fromObject(object.timeSyncResponse, _depth + 1);
                    }
                    if (object.hello != null) {
                        if (!$util.isObject(object.hello))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.hello: object expected");
                        message.hello = $root.v2xedge.bridge.v1.Hello.fromObject(object.hello, _depth + 1);
                    }
                    if (object.helloAck != null) {
                        if (!$util.isObject(object.helloAck))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.helloAck: object expected");
                        message.helloAck = $root.v2xedge.bridge.v1.HelloAck.fromObject(object.helloAck, _depth + 1);
                    }
                    if (object.v2xTransmit != null) {
                        if (!$util.isObject(object.v2xTransmit))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.v2xTransmit: object expected");
                        message.v2xTransmit = $root.v2xedge.bridge.v1.V2xTransmit.fromObject(object.v2xTransmit, _depth + 1);
                    }
                    if (object.v2xTransmitReport != null) {
                        if (!$util.isObject(object.v2xTransmitReport))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.v2xTransmitReport: object expected");
                        message.v2xTransmitReport = $root.v2xedge.bridge.v1.V2xTransmitReport.fromObject(object.v2xTransmitReport, _depth + 1);
                    }
                    if (object.statusRequest != null) {
                        if (!$util.isObject(object.statusRequest))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.statusRequest: object expected");
                        message.statusRequest = $root.v2xedge.bridge.v1.StatusRequest.fromObject(object.statusRequest, _depth + 1);
                    }
                    if (object.statusReport != null) {
                        if (!$util.isObject(object.statusReport))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.statusReport: object expected");
                        message.statusReport = $root.v2xedge.bridge.v1.StatusReport.fromObject(object.statusReport, _depth + 1);
                    }
                    if (object.errorReport != null) {
                        if (!$util.isObject(object.errorReport))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.errorReport: object expected");
                        message.errorReport = $root.v2xedge.bridge.v1.ErrorReport.fromObject(object.errorReport, _depth + 1);
                    }
                    if (object.bootNotice != null) {
                        if (!$util.isObject(object.bootNotice))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.bootNotice: object expected");
                        message.bootNotice = $root.v2xedge.bridge.v1.BootNotice.fromObject(object.bootNotice, _depth + 1);
                    }
                    if (object.canBusStatus != null) {
                        if (!$util.isObject(object.canBusStatus))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.canBusStatus: object expected");
                        message.canBusStatus = $root.v2xedge.bridge.v1.CanBusStatus.fromObject(object.canBusStatus, _depth + 1);
                    }
                    if (object.canErrorFrame != null) {
                        if (!$util.isObject(object.canErrorFrame))
                            throw $TypeError(".v2xedge.bridge.v1.Frame.canErrorFrame: object expected");
                        message.canErrorFrame = $root.v2xedge.bridge.v1.CanErrorFrame.fromObject(object.canErrorFrame, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Frame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.Frame
                 * @static
                 * @param {v2xedge.bridge.v1.Frame} message Frame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Frame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.seq = 0;
                        object.ackSeq = 0;
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.ackSeq != null && $Object.hasOwnProperty.call(message, "ackSeq"))
                        object.ackSeq = message.ackSeq;
                    if (message.canRx != null && $Object.hasOwnProperty.call(message, "canRx")) {
                        object.canRx = $root.v2xedge.bridge.v1.CanFrameBatch.toObject(message.canRx, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "canRx";
                    }
                    if (message.canTransmit != null && $Object.hasOwnProperty.call(message, "canTransmit")) {
                        object.canTransmit = $root.v2xedge.bridge.v1.CanFrame.toObject(message.canTransmit, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "canTransmit";
                    }
                    if (message.canTransmitReport != null && $Object.hasOwnProperty.call(message, "canTransmitReport")) {
                        object.canTransmitReport = $root.v2xedge.bridge.v1.CanTransmitReport.toObject(message.canTransmitReport, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "canTransmitReport";
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        object.heartbeat = $root.v2xedge.bridge.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "heartbeat";
                    }
                    if (message.heartbeatAck != null && $Object.hasOwnProperty.call(message, "heartbeatAck")) {
                        object.heartbeatAck = $root.v2xedge.bridge.v1.HeartbeatAck.toObject(message.heartbeatAck, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "heartbeatAck";
                    }
                    if (message.gnssSentence != null && $Object.hasOwnProperty.call(message, "gnssSentence")) {
                        object.gnssSentence = $root.v2xedge.bridge.v1.GnssSentence.toObject(message.gnssSentence, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "gnssSentence";
                    }
                    if (message.ppsMark != null && $Object.hasOwnProperty.call(message, "ppsMark")) {
                        object.ppsMark = $root.v2xedge.bridge.v1.PpsMark.toObject(message.ppsMark, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "ppsMark";
                    }
                    if (message.timeSyncRequest != null && $Object.hasOwnProperty.call(message, "timeSyncRequest")) {
                        object.timeSyncRequest = $root.v2xedge.bridge.v1.TimeSyncRequest.toObject(message.timeSyncRequest, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "timeSyncRequest";
                    }
                    if (message.timeSyncResponse != null && $Object.hasOwnProperty.call(message, "timeSyncResponse")) {
                        object.timeSyncResponse = $root.v2xedge.bridge.v1.TimeSyncResponse.toObject(message.timeSyncResponse, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "timeSyncResponse";
                    }
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                        object.hello = $root.v2xedge.bridge.v1.Hello.toObject(message.hello, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "hello";
                    }
                    if (message.helloAck != null && $Object.hasOwnProperty.call(message, "helloAck")) {
                        object.helloAck = $root.v2xedge.bridge.v1.HelloAck.toObject(message.helloAck, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "helloAck";
                    }
                    if (message.v2xTransmit != null && $Object.hasOwnProperty.call(message, "v2xTransmit")) {
                        object.v2xTransmit = $root.v2xedge.bridge.v1.V2xTransmit.toObject(message.v2xTransmit, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "v2xTransmit";
                    }
                    if (message.v2xTransmitReport != null && $Object.hasOwnProperty.call(message, "v2xTransmitReport")) {
                        object.v2xTransmitReport = $root.v2xedge.bridge.v1.V2xTransmitReport.toObject(message.v2xTransmitReport, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "v2xTransmitReport";
                    }
                    if (message.statusRequest != null && $Object.hasOwnProperty.call(message, "statusRequest")) {
                        object.statusRequest = $root.v2xedge.bridge.v1.StatusRequest.toObject(message.statusRequest, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "statusRequest";
                    }
                    if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport")) {
                        object.statusReport = $root.v2xedge.bridge.v1.StatusReport.toObject(message.statusReport, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "statusReport";
                    }
                    if (message.errorReport != null && $Object.hasOwnProperty.call(message, "errorReport")) {
                        object.errorReport = $root.v2xedge.bridge.v1.ErrorReport.toObject(message.errorReport, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "errorReport";
                    }
                    if (message.bootNotice != null && $Object.hasOwnProperty.call(message, "bootNotice")) {
                        object.bootNotice = $root.v2xedge.bridge.v1.BootNotice.toObject(message.bootNotice, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "bootNotice";
                    }
                    if (message.canBusStatus != null && $Object.hasOwnProperty.call(message, "canBusStatus")) {
                        object.canBusStatus = $root.v2xedge.bridge.v1.CanBusStatus.toObject(message.canBusStatus, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "canBusStatus";
                    }
                    if (message.canErrorFrame != null && $Object.hasOwnProperty.call(message, "canErrorFrame")) {
                        object.canErrorFrame = $root.v2xedge.bridge.v1.CanErrorFrame.toObject(message.canErrorFrame, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "canErrorFrame";
                    }
                    return object;
                };

                /**
                 * Converts this Frame to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.Frame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Frame.prototype.toJSON = function() {
                    return Frame.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Frame;
            })();

            /**
             * Capability enum.
             * @name v2xedge.bridge.v1.Capability
             * @enum {number}
             * @property {number} CAPABILITY_UNSPECIFIED=0 CAPABILITY_UNSPECIFIED value
             * @property {number} CAPABILITY_CAN=1 CAPABILITY_CAN value
             * @property {number} CAPABILITY_CAN_FD=2 CAPABILITY_CAN_FD value
             * @property {number} CAPABILITY_GNSS_NMEA=3 CAPABILITY_GNSS_NMEA value
             * @property {number} CAPABILITY_PPS=4 CAPABILITY_PPS value
             * @property {number} CAPABILITY_V2X_RADIO=5 CAPABILITY_V2X_RADIO value
             * @property {number} CAPABILITY_TIME_SYNC=6 CAPABILITY_TIME_SYNC value
             */
            v1.Capability = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CAPABILITY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CAPABILITY_CAN"] = 1;
                values[valuesById[2] = "CAPABILITY_CAN_FD"] = 2;
                values[valuesById[3] = "CAPABILITY_GNSS_NMEA"] = 3;
                values[valuesById[4] = "CAPABILITY_PPS"] = 4;
                values[valuesById[5] = "CAPABILITY_V2X_RADIO"] = 5;
                values[valuesById[6] = "CAPABILITY_TIME_SYNC"] = 6;
                return values;
            })();

            v1.Hello = (function() {

                /**
                 * Properties of a Hello.
                 * @typedef {Object} v2xedge.bridge.v1.Hello.$Properties
                 * @property {number|null} [contractMajor] Hello contractMajor
                 * @property {number|null} [contractMinor] Hello contractMinor
                 * @property {string|null} [hostSoftware] Hello hostSoftware
                 * @property {number|null} [maxFrameSize] Hello maxFrameSize
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Hello.
                 * @memberof v2xedge.bridge.v1
                 * @interface IHello
                 * @augments v2xedge.bridge.v1.Hello.$Properties
                 * @deprecated Use v2xedge.bridge.v1.Hello.$Properties instead.
                 */

                /**
                 * Shape of a Hello.
                 * @typedef {v2xedge.bridge.v1.Hello.$Properties} v2xedge.bridge.v1.Hello.$Shape
                 */

                /**
                 * Constructs a new Hello.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a Hello.
                 * @constructor
                 * @param {v2xedge.bridge.v1.Hello.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Hello = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Hello contractMajor.
                 * @member {number} contractMajor
                 * @memberof v2xedge.bridge.v1.Hello
                 * @instance
                 */
                Hello.prototype.contractMajor = 0;

                /**
                 * Hello contractMinor.
                 * @member {number} contractMinor
                 * @memberof v2xedge.bridge.v1.Hello
                 * @instance
                 */
                Hello.prototype.contractMinor = 0;

                /**
                 * Hello hostSoftware.
                 * @member {string} hostSoftware
                 * @memberof v2xedge.bridge.v1.Hello
                 * @instance
                 */
                Hello.prototype.hostSoftware = "";

                /**
                 * Hello maxFrameSize.
                 * @member {number} maxFrameSize
                 * @memberof v2xedge.bridge.v1.Hello
                 * @instance
                 */
                Hello.prototype.maxFrameSize = 0;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.Hello
                 * @static
                 * @param {v2xedge.bridge.v1.Hello.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.Hello} Hello instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.Hello.$Shape): v2xedge.bridge.v1.Hello & v2xedge.bridge.v1.Hello.$Shape;
                 *   (properties?: v2xedge.bridge.v1.Hello.$Properties): v2xedge.bridge.v1.Hello;
                 * }}
                 */
                Hello.create = function(properties) {
                    return new Hello(properties);
                };

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link v2xedge.bridge.v1.Hello.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.Hello
                 * @static
                 * @param {v2xedge.bridge.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.contractMajor != null && $Object.hasOwnProperty.call(message, "contractMajor") && message.contractMajor !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.contractMajor);
                    if (message.contractMinor != null && $Object.hasOwnProperty.call(message, "contractMinor") && message.contractMinor !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.contractMinor);
                    if (message.hostSoftware != null && $Object.hasOwnProperty.call(message, "hostSoftware") && message.hostSoftware !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.hostSoftware);
                    if (message.maxFrameSize != null && $Object.hasOwnProperty.call(message, "maxFrameSize") && message.maxFrameSize !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxFrameSize);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.Hello & v2xedge.bridge.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.Hello();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.contractMajor = value;
                                else
                                    delete message.contractMajor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.contractMinor = value;
                                else
                                    delete message.contractMinor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostSoftware = value;
                                else
                                    delete message.hostSoftware;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxFrameSize = value;
                                else
                                    delete message.maxFrameSize;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.Hello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.Hello} Hello
                 */
                Hello.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.Hello)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.Hello: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.Hello();
                    if (object.contractMajor != null)
                        if ($Number(object.contractMajor) !== 0)
                            message.contractMajor = object.contractMajor >>> 0;
                    if (object.contractMinor != null)
                        if ($Number(object.contractMinor) !== 0)
                            message.contractMinor = object.contractMinor >>> 0;
                    if (object.hostSoftware != null)
                        if (typeof object.hostSoftware !== "string" || object.hostSoftware.length)
                            message.hostSoftware = $String(object.hostSoftware);
                    if (object.maxFrameSize != null)
                        if ($Number(object.maxFrameSize) !== 0)
                            message.maxFrameSize = object.maxFrameSize >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.Hello
                 * @static
                 * @param {v2xedge.bridge.v1.Hello} message Hello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Hello.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.contractMajor = 0;
                        object.contractMinor = 0;
                        object.hostSoftware = "";
                        object.maxFrameSize = 0;
                    }
                    if (message.contractMajor != null && $Object.hasOwnProperty.call(message, "contractMajor"))
                        object.contractMajor = message.contractMajor;
                    if (message.contractMinor != null && $Object.hasOwnProperty.call(message, "contractMinor"))
                        object.contractMinor = message.contractMinor;
                    if (message.hostSoftware != null && $Object.hasOwnProperty.call(message, "hostSoftware"))
                        object.hostSoftware = message.hostSoftware;
                    if (message.maxFrameSize != null && $Object.hasOwnProperty.call(message, "maxFrameSize"))
                        object.maxFrameSize = message.maxFrameSize;
                    return object;
                };

                /**
                 * Converts this Hello to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.Hello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Hello.prototype.toJSON = function() {
                    return Hello.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Hello;
            })();

            v1.HelloAck = (function() {

                /**
                 * Properties of a HelloAck.
                 * @typedef {Object} v2xedge.bridge.v1.HelloAck.$Properties
                 * @property {number|null} [contractMajor] HelloAck contractMajor
                 * @property {number|null} [contractMinor] HelloAck contractMinor
                 * @property {string|null} [firmwareVersion] HelloAck firmwareVersion
                 * @property {string|null} [board] HelloAck board
                 * @property {Uint8Array|null} [deviceId] HelloAck deviceId
                 * @property {Array.<v2xedge.bridge.v1.Capability>|null} [capabilities] HelloAck capabilities
                 * @property {number|null} [canPorts] HelloAck canPorts
                 * @property {number|null} [maxFrameSize] HelloAck maxFrameSize
                 * @property {number|null} [bootCount] HelloAck bootCount
                 * @property {number|null} [mcuTimeUs] HelloAck mcuTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HelloAck.
                 * @memberof v2xedge.bridge.v1
                 * @interface IHelloAck
                 * @augments v2xedge.bridge.v1.HelloAck.$Properties
                 * @deprecated Use v2xedge.bridge.v1.HelloAck.$Properties instead.
                 */

                /**
                 * Shape of a HelloAck.
                 * @typedef {v2xedge.bridge.v1.HelloAck.$Properties} v2xedge.bridge.v1.HelloAck.$Shape
                 */

                /**
                 * Constructs a new HelloAck.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a HelloAck.
                 * @constructor
                 * @param {v2xedge.bridge.v1.HelloAck.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HelloAck = function (properties) {
                    this.capabilities = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HelloAck contractMajor.
                 * @member {number} contractMajor
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.contractMajor = 0;

                /**
                 * HelloAck contractMinor.
                 * @member {number} contractMinor
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.contractMinor = 0;

                /**
                 * HelloAck firmwareVersion.
                 * @member {string} firmwareVersion
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.firmwareVersion = "";

                /**
                 * HelloAck board.
                 * @member {string} board
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.board = "";

                /**
                 * HelloAck deviceId.
                 * @member {Uint8Array} deviceId
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.deviceId = $util.newBuffer([]);

                /**
                 * HelloAck capabilities.
                 * @member {Array.<v2xedge.bridge.v1.Capability>} capabilities
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.capabilities = $util.emptyArray;

                /**
                 * HelloAck canPorts.
                 * @member {number} canPorts
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.canPorts = 0;

                /**
                 * HelloAck maxFrameSize.
                 * @member {number} maxFrameSize
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.maxFrameSize = 0;

                /**
                 * HelloAck bootCount.
                 * @member {number} bootCount
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.bootCount = 0;

                /**
                 * HelloAck mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 */
                HelloAck.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new HelloAck instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @static
                 * @param {v2xedge.bridge.v1.HelloAck.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.HelloAck} HelloAck instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.HelloAck.$Shape): v2xedge.bridge.v1.HelloAck & v2xedge.bridge.v1.HelloAck.$Shape;
                 *   (properties?: v2xedge.bridge.v1.HelloAck.$Properties): v2xedge.bridge.v1.HelloAck;
                 * }}
                 */
                HelloAck.create = function(properties) {
                    return new HelloAck(properties);
                };

                /**
                 * Encodes the specified HelloAck message. Does not implicitly {@link v2xedge.bridge.v1.HelloAck.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @static
                 * @param {v2xedge.bridge.v1.HelloAck.$Properties} message HelloAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HelloAck.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.contractMajor != null && $Object.hasOwnProperty.call(message, "contractMajor") && message.contractMajor !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.contractMajor);
                    if (message.contractMinor != null && $Object.hasOwnProperty.call(message, "contractMinor") && message.contractMinor !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.contractMinor);
                    if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.firmwareVersion);
                    if (message.board != null && $Object.hasOwnProperty.call(message, "board") && message.board !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.board);
                    if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.deviceId);
                    if (message.capabilities != null && message.capabilities.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.capabilities);
                    if (message.canPorts != null && $Object.hasOwnProperty.call(message, "canPorts") && message.canPorts !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.canPorts);
                    if (message.maxFrameSize != null && $Object.hasOwnProperty.call(message, "maxFrameSize") && message.maxFrameSize !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxFrameSize);
                    if (message.bootCount != null && $Object.hasOwnProperty.call(message, "bootCount") && message.bootCount !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.bootCount);
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.mcuTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HelloAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.HelloAck & v2xedge.bridge.v1.HelloAck.$Shape} HelloAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HelloAck.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.HelloAck();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.contractMajor = value;
                                else
                                    delete message.contractMajor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.contractMinor = value;
                                else
                                    delete message.contractMinor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.firmwareVersion = value;
                                else
                                    delete message.firmwareVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.board = value;
                                else
                                    delete message.board;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.deviceId = value;
                                else
                                    delete message.deviceId;
                                continue;
                            }
                        case 6: {
                                if (wireType === 2) {
                                    if (!(message.capabilities && message.capabilities.length))
                                        message.capabilities = [];
                                    reader.int32s(message.capabilities);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.capabilities && message.capabilities.length))
                                    message.capabilities = [];
                                message.capabilities.push(reader.int32());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.canPorts = value;
                                else
                                    delete message.canPorts;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxFrameSize = value;
                                else
                                    delete message.maxFrameSize;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bootCount = value;
                                else
                                    delete message.bootCount;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a HelloAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.HelloAck} HelloAck
                 */
                HelloAck.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.HelloAck)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.HelloAck: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.HelloAck();
                    if (object.contractMajor != null)
                        if ($Number(object.contractMajor) !== 0)
                            message.contractMajor = object.contractMajor >>> 0;
                    if (object.contractMinor != null)
                        if ($Number(object.contractMinor) !== 0)
                            message.contractMinor = object.contractMinor >>> 0;
                    if (object.firmwareVersion != null)
                        if (typeof object.firmwareVersion !== "string" || object.firmwareVersion.length)
                            message.firmwareVersion = $String(object.firmwareVersion);
                    if (object.board != null)
                        if (typeof object.board !== "string" || object.board.length)
                            message.board = $String(object.board);
                    if (object.deviceId != null)
                        if (object.deviceId.length)
                            if (typeof object.deviceId === "string")
                                $util.base64.decode(object.deviceId, message.deviceId = $util.newBuffer($util.base64.length(object.deviceId)), 0);
                            else if (object.deviceId.length >= 0)
                                message.deviceId = object.deviceId;
                    if (object.capabilities) {
                        if (!$Array.isArray(object.capabilities))
                            throw $TypeError(".v2xedge.bridge.v1.HelloAck.capabilities: array expected");
                        message.capabilities = [];
                        for (let i = 0; i < object.capabilities.length; ++i)
                            switch (object.capabilities[i]) {
                            case "CAPABILITY_UNSPECIFIED":
                            case 0:
                                message.capabilities[message.capabilities.length] = 0;
                                break;
                            case "CAPABILITY_CAN":
                            case 1:
                                message.capabilities[message.capabilities.length] = 1;
                                break;
                            case "CAPABILITY_CAN_FD":
                            case 2:
                                message.capabilities[message.capabilities.length] = 2;
                                break;
                            case "CAPABILITY_GNSS_NMEA":
                            case 3:
                                message.capabilities[message.capabilities.length] = 3;
                                break;
                            case "CAPABILITY_PPS":
                            case 4:
                                message.capabilities[message.capabilities.length] = 4;
                                break;
                            case "CAPABILITY_V2X_RADIO":
                            case 5:
                                message.capabilities[message.capabilities.length] = 5;
                                break;
                            case "CAPABILITY_TIME_SYNC":
                            case 6:
                                message.capabilities[message.capabilities.length] = 6;
                                break;
                            default:
                                if (typeof object.capabilities[i] === "number" && (object.capabilities[i] | 0) === object.capabilities[i])
                                    message.capabilities[message.capabilities.length] = object.capabilities[i];
                            }
                    }
                    if (object.canPorts != null)
                        if ($Number(object.canPorts) !== 0)
                            message.canPorts = object.canPorts >>> 0;
                    if (object.maxFrameSize != null)
                        if ($Number(object.maxFrameSize) !== 0)
                            message.maxFrameSize = object.maxFrameSize >>> 0;
                    if (object.bootCount != null)
                        if ($Number(object.bootCount) !== 0)
                            message.bootCount = object.bootCount >>> 0;
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a HelloAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @static
                 * @param {v2xedge.bridge.v1.HelloAck} message HelloAck
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HelloAck.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.capabilities = [];
                    if (options.defaults) {
                        object.contractMajor = 0;
                        object.contractMinor = 0;
                        object.firmwareVersion = "";
                        object.board = "";
                        if (options.bytes === $String)
                            object.deviceId = "";
                        else {
                            object.deviceId = [];
                            if (options.bytes !== $Array)
                                object.deviceId = $util.newBuffer(object.deviceId);
                        }
                        object.canPorts = 0;
                        object.maxFrameSize = 0;
                        object.bootCount = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.contractMajor != null && $Object.hasOwnProperty.call(message, "contractMajor"))
                        object.contractMajor = message.contractMajor;
                    if (message.contractMinor != null && $Object.hasOwnProperty.call(message, "contractMinor"))
                        object.contractMinor = message.contractMinor;
                    if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion"))
                        object.firmwareVersion = message.firmwareVersion;
                    if (message.board != null && $Object.hasOwnProperty.call(message, "board"))
                        object.board = message.board;
                    if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = options.bytes === $String ? $util.base64.encode(message.deviceId, 0, message.deviceId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deviceId) : message.deviceId;
                    if (message.capabilities && message.capabilities.length) {
                        object.capabilities = $Array(message.capabilities.length);
                        for (let j = 0; j < message.capabilities.length; ++j)
                            object.capabilities[j] = options.enums === $String ? $root.v2xedge.bridge.v1.Capability[message.capabilities[j]] === $undefined ? message.capabilities[j] : $root.v2xedge.bridge.v1.Capability[message.capabilities[j]] : message.capabilities[j];
                    }
                    if (message.canPorts != null && $Object.hasOwnProperty.call(message, "canPorts"))
                        object.canPorts = message.canPorts;
                    if (message.maxFrameSize != null && $Object.hasOwnProperty.call(message, "maxFrameSize"))
                        object.maxFrameSize = message.maxFrameSize;
                    if (message.bootCount != null && $Object.hasOwnProperty.call(message, "bootCount"))
                        object.bootCount = message.bootCount;
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    return object;
                };

                /**
                 * Converts this HelloAck to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.HelloAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HelloAck.prototype.toJSON = function() {
                    return HelloAck.toObject(this, $protobuf.util.toJSONOptions);
                };

                return HelloAck;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @typedef {Object} v2xedge.bridge.v1.Heartbeat.$Properties
                 * @property {number|null} [hostTimeUs] Heartbeat hostTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Heartbeat.
                 * @memberof v2xedge.bridge.v1
                 * @interface IHeartbeat
                 * @augments v2xedge.bridge.v1.Heartbeat.$Properties
                 * @deprecated Use v2xedge.bridge.v1.Heartbeat.$Properties instead.
                 */

                /**
                 * Shape of a Heartbeat.
                 * @typedef {v2xedge.bridge.v1.Heartbeat.$Properties} v2xedge.bridge.v1.Heartbeat.$Shape
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a Heartbeat.
                 * @constructor
                 * @param {v2xedge.bridge.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Heartbeat = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Heartbeat hostTimeUs.
                 * @member {number} hostTimeUs
                 * @memberof v2xedge.bridge.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.hostTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.Heartbeat
                 * @static
                 * @param {v2xedge.bridge.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.Heartbeat} Heartbeat instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.Heartbeat.$Shape): v2xedge.bridge.v1.Heartbeat & v2xedge.bridge.v1.Heartbeat.$Shape;
                 *   (properties?: v2xedge.bridge.v1.Heartbeat.$Properties): v2xedge.bridge.v1.Heartbeat;
                 * }}
                 */
                Heartbeat.create = function(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link v2xedge.bridge.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.Heartbeat
                 * @static
                 * @param {v2xedge.bridge.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostTimeUs != null && $Object.hasOwnProperty.call(message, "hostTimeUs") && (typeof message.hostTimeUs === "object" ? message.hostTimeUs.low || message.hostTimeUs.high : message.hostTimeUs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.hostTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.Heartbeat & v2xedge.bridge.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.Heartbeat();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.hostTimeUs = value;
                                else
                                    delete message.hostTimeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.Heartbeat} Heartbeat
                 */
                Heartbeat.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.Heartbeat)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.Heartbeat: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.Heartbeat();
                    if (object.hostTimeUs != null)
                        if (typeof object.hostTimeUs === "object" ? object.hostTimeUs.low || object.hostTimeUs.high : $Number(object.hostTimeUs) !== 0)
                            if ($util.Long)
                                message.hostTimeUs = $util.Long.fromValue(object.hostTimeUs, true);
                            else if (typeof object.hostTimeUs === "string")
                                message.hostTimeUs = $parseInt(object.hostTimeUs, 10);
                            else if (typeof object.hostTimeUs === "number")
                                message.hostTimeUs = object.hostTimeUs;
                            else if (typeof object.hostTimeUs === "object")
                                message.hostTimeUs = new $util.LongBits(object.hostTimeUs.low >>> 0, object.hostTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.Heartbeat
                 * @static
                 * @param {v2xedge.bridge.v1.Heartbeat} message Heartbeat
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Heartbeat.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.hostTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.hostTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.hostTimeUs != null && $Object.hasOwnProperty.call(message, "hostTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.hostTimeUs = typeof message.hostTimeUs === "number" ? $BigInt(message.hostTimeUs) : $util.Long.fromBits(message.hostTimeUs.low >>> 0, message.hostTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.hostTimeUs === "number")
                            object.hostTimeUs = options.longs === $String ? $String(message.hostTimeUs) : message.hostTimeUs;
                        else
                            object.hostTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.hostTimeUs) : options.longs === $Number ? new $util.LongBits(message.hostTimeUs.low >>> 0, message.hostTimeUs.high >>> 0).toNumber(true) : message.hostTimeUs;
                    return object;
                };

                /**
                 * Converts this Heartbeat to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.Heartbeat
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heartbeat.prototype.toJSON = function() {
                    return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Heartbeat;
            })();

            v1.HeartbeatAck = (function() {

                /**
                 * Properties of a HeartbeatAck.
                 * @typedef {Object} v2xedge.bridge.v1.HeartbeatAck.$Properties
                 * @property {number|null} [mcuTimeUs] HeartbeatAck mcuTimeUs
                 * @property {number|null} [txQueueDepth] HeartbeatAck txQueueDepth
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HeartbeatAck.
                 * @memberof v2xedge.bridge.v1
                 * @interface IHeartbeatAck
                 * @augments v2xedge.bridge.v1.HeartbeatAck.$Properties
                 * @deprecated Use v2xedge.bridge.v1.HeartbeatAck.$Properties instead.
                 */

                /**
                 * Shape of a HeartbeatAck.
                 * @typedef {v2xedge.bridge.v1.HeartbeatAck.$Properties} v2xedge.bridge.v1.HeartbeatAck.$Shape
                 */

                /**
                 * Constructs a new HeartbeatAck.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a HeartbeatAck.
                 * @constructor
                 * @param {v2xedge.bridge.v1.HeartbeatAck.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HeartbeatAck = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HeartbeatAck mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @instance
                 */
                HeartbeatAck.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HeartbeatAck txQueueDepth.
                 * @member {number} txQueueDepth
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @instance
                 */
                HeartbeatAck.prototype.txQueueDepth = 0;

                /**
                 * Creates a new HeartbeatAck instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @static
                 * @param {v2xedge.bridge.v1.HeartbeatAck.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.HeartbeatAck} HeartbeatAck instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.HeartbeatAck.$Shape): v2xedge.bridge.v1.HeartbeatAck & v2xedge.bridge.v1.HeartbeatAck.$Shape;
                 *   (properties?: v2xedge.bridge.v1.HeartbeatAck.$Properties): v2xedge.bridge.v1.HeartbeatAck;
                 * }}
                 */
                HeartbeatAck.create = function(properties) {
                    return new HeartbeatAck(properties);
                };

                /**
                 * Encodes the specified HeartbeatAck message. Does not implicitly {@link v2xedge.bridge.v1.HeartbeatAck.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @static
                 * @param {v2xedge.bridge.v1.HeartbeatAck.$Properties} message HeartbeatAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HeartbeatAck.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.mcuTimeUs);
                    if (message.txQueueDepth != null && $Object.hasOwnProperty.call(message, "txQueueDepth") && message.txQueueDepth !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.txQueueDepth);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HeartbeatAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.HeartbeatAck & v2xedge.bridge.v1.HeartbeatAck.$Shape} HeartbeatAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HeartbeatAck.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.HeartbeatAck();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.txQueueDepth = value;
                                else
                                    delete message.txQueueDepth;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a HeartbeatAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.HeartbeatAck} HeartbeatAck
                 */
                HeartbeatAck.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.HeartbeatAck)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.HeartbeatAck: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.HeartbeatAck();
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    if (object.txQueueDepth != null)
                        if ($Number(object.txQueueDepth) !== 0)
                            message.txQueueDepth = object.txQueueDepth >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a HeartbeatAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @static
                 * @param {v2xedge.bridge.v1.HeartbeatAck} message HeartbeatAck
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HeartbeatAck.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.txQueueDepth = 0;
                    }
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    if (message.txQueueDepth != null && $Object.hasOwnProperty.call(message, "txQueueDepth"))
                        object.txQueueDepth = message.txQueueDepth;
                    return object;
                };

                /**
                 * Converts this HeartbeatAck to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.HeartbeatAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HeartbeatAck.prototype.toJSON = function() {
                    return HeartbeatAck.toObject(this, $protobuf.util.toJSONOptions);
                };

                return HeartbeatAck;
            })();

            v1.TimeSyncRequest = (function() {

                /**
                 * Properties of a TimeSyncRequest.
                 * @typedef {Object} v2xedge.bridge.v1.TimeSyncRequest.$Properties
                 * @property {number|null} [hostTimeUs] TimeSyncRequest hostTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TimeSyncRequest.
                 * @memberof v2xedge.bridge.v1
                 * @interface ITimeSyncRequest
                 * @augments v2xedge.bridge.v1.TimeSyncRequest.$Properties
                 * @deprecated Use v2xedge.bridge.v1.TimeSyncRequest.$Properties instead.
                 */

                /**
                 * Shape of a TimeSyncRequest.
                 * @typedef {v2xedge.bridge.v1.TimeSyncRequest.$Properties} v2xedge.bridge.v1.TimeSyncRequest.$Shape
                 */

                /**
                 * Constructs a new TimeSyncRequest.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a TimeSyncRequest.
                 * @constructor
                 * @param {v2xedge.bridge.v1.TimeSyncRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TimeSyncRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TimeSyncRequest hostTimeUs.
                 * @member {number} hostTimeUs
                 * @memberof v2xedge.bridge.v1.TimeSyncRequest
                 * @instance
                 */
                TimeSyncRequest.prototype.hostTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TimeSyncRequest instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.TimeSyncRequest
                 * @static
                 * @param {v2xedge.bridge.v1.TimeSyncRequest.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.TimeSyncRequest} TimeSyncRequest instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.TimeSyncRequest.$Shape): v2xedge.bridge.v1.TimeSyncRequest & v2xedge.bridge.v1.TimeSyncRequest.$Shape;
                 *   (properties?: v2xedge.bridge.v1.TimeSyncRequest.$Properties): v2xedge.bridge.v1.TimeSyncRequest;
                 * }}
                 */
                TimeSyncRequest.create = function(properties) {
                    return new TimeSyncRequest(properties);
                };

                /**
                 * Encodes the specified TimeSyncRequest message. Does not implicitly {@link v2xedge.bridge.v1.TimeSyncRequest.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.TimeSyncRequest
                 * @static
                 * @param {v2xedge.bridge.v1.TimeSyncRequest.$Properties} message TimeSyncRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TimeSyncRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostTimeUs != null && $Object.hasOwnProperty.call(message, "hostTimeUs") && (typeof message.hostTimeUs === "object" ? message.hostTimeUs.low || message.hostTimeUs.high : message.hostTimeUs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.hostTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TimeSyncRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.TimeSyncRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.TimeSyncRequest & v2xedge.bridge.v1.TimeSyncRequest.$Shape} TimeSyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TimeSyncRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.TimeSyncRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.hostTimeUs = value;
                                else
                                    delete message.hostTimeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TimeSyncRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.TimeSyncRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.TimeSyncRequest} TimeSyncRequest
                 */
                TimeSyncRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.TimeSyncRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.TimeSyncRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.TimeSyncRequest();
                    if (object.hostTimeUs != null)
                        if (typeof object.hostTimeUs === "object" ? object.hostTimeUs.low || object.hostTimeUs.high : $Number(object.hostTimeUs) !== 0)
                            if ($util.Long)
                                message.hostTimeUs = $util.Long.fromValue(object.hostTimeUs, true);
                            else if (typeof object.hostTimeUs === "string")
                                message.hostTimeUs = $parseInt(object.hostTimeUs, 10);
                            else if (typeof object.hostTimeUs === "number")
                                message.hostTimeUs = object.hostTimeUs;
                            else if (typeof object.hostTimeUs === "object")
                                message.hostTimeUs = new $util.LongBits(object.hostTimeUs.low >>> 0, object.hostTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TimeSyncRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.TimeSyncRequest
                 * @static
                 * @param {v2xedge.bridge.v1.TimeSyncRequest} message TimeSyncRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TimeSyncRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.hostTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.hostTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.hostTimeUs != null && $Object.hasOwnProperty.call(message, "hostTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.hostTimeUs = typeof message.hostTimeUs === "number" ? $BigInt(message.hostTimeUs) : $util.Long.fromBits(message.hostTimeUs.low >>> 0, message.hostTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.hostTimeUs === "number")
                            object.hostTimeUs = options.longs === $String ? $String(message.hostTimeUs) : message.hostTimeUs;
                        else
                            object.hostTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.hostTimeUs) : options.longs === $Number ? new $util.LongBits(message.hostTimeUs.low >>> 0, message.hostTimeUs.high >>> 0).toNumber(true) : message.hostTimeUs;
                    return object;
                };

                /**
                 * Converts this TimeSyncRequest to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.TimeSyncRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TimeSyncRequest.prototype.toJSON = function() {
                    return TimeSyncRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TimeSyncRequest;
            })();

            v1.TimeSyncResponse = (function() {

                /**
                 * Properties of a TimeSyncResponse.
                 * @typedef {Object} v2xedge.bridge.v1.TimeSyncResponse.$Properties
                 * @property {number|null} [hostTimeUs] TimeSyncResponse hostTimeUs
                 * @property {number|null} [mcuReceiveUs] TimeSyncResponse mcuReceiveUs
                 * @property {number|null} [mcuTransmitUs] TimeSyncResponse mcuTransmitUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TimeSyncResponse.
                 * @memberof v2xedge.bridge.v1
                 * @interface ITimeSyncResponse
                 * @augments v2xedge.bridge.v1.TimeSyncResponse.$Properties
                 * @deprecated Use v2xedge.bridge.v1.TimeSyncResponse.$Properties instead.
                 */

                /**
                 * Shape of a TimeSyncResponse.
                 * @typedef {v2xedge.bridge.v1.TimeSyncResponse.$Properties} v2xedge.bridge.v1.TimeSyncResponse.$Shape
                 */

                /**
                 * Constructs a new TimeSyncResponse.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a TimeSyncResponse.
                 * @constructor
                 * @param {v2xedge.bridge.v1.TimeSyncResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TimeSyncResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TimeSyncResponse hostTimeUs.
                 * @member {number} hostTimeUs
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @instance
                 */
                TimeSyncResponse.prototype.hostTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TimeSyncResponse mcuReceiveUs.
                 * @member {number} mcuReceiveUs
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @instance
                 */
                TimeSyncResponse.prototype.mcuReceiveUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TimeSyncResponse mcuTransmitUs.
                 * @member {number} mcuTransmitUs
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @instance
                 */
                TimeSyncResponse.prototype.mcuTransmitUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TimeSyncResponse instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @static
                 * @param {v2xedge.bridge.v1.TimeSyncResponse.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.TimeSyncResponse} TimeSyncResponse instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.TimeSyncResponse.$Shape): v2xedge.bridge.v1.TimeSyncResponse & v2xedge.bridge.v1.TimeSyncResponse.$Shape;
                 *   (properties?: v2xedge.bridge.v1.TimeSyncResponse.$Properties): v2xedge.bridge.v1.TimeSyncResponse;
                 * }}
                 */
                TimeSyncResponse.create = function(properties) {
                    return new TimeSyncResponse(properties);
                };

                /**
                 * Encodes the specified TimeSyncResponse message. Does not implicitly {@link v2xedge.bridge.v1.TimeSyncResponse.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @static
                 * @param {v2xedge.bridge.v1.TimeSyncResponse.$Properties} message TimeSyncResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TimeSyncResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostTimeUs != null && $Object.hasOwnProperty.call(message, "hostTimeUs") && (typeof message.hostTimeUs === "object" ? message.hostTimeUs.low || message.hostTimeUs.high : message.hostTimeUs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.hostTimeUs);
                    if (message.mcuReceiveUs != null && $Object.hasOwnProperty.call(message, "mcuReceiveUs") && (typeof message.mcuReceiveUs === "object" ? message.mcuReceiveUs.low || message.mcuReceiveUs.high : message.mcuReceiveUs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mcuReceiveUs);
                    if (message.mcuTransmitUs != null && $Object.hasOwnProperty.call(message, "mcuTransmitUs") && (typeof message.mcuTransmitUs === "object" ? message.mcuTransmitUs.low || message.mcuTransmitUs.high : message.mcuTransmitUs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.mcuTransmitUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TimeSyncResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.TimeSyncResponse & v2xedge.bridge.v1.TimeSyncResponse.$Shape} TimeSyncResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TimeSyncResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.TimeSyncResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.hostTimeUs = value;
                                else
                                    delete message.hostTimeUs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuReceiveUs = value;
                                else
                                    delete message.mcuReceiveUs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTransmitUs = value;
                                else
                                    delete message.mcuTransmitUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TimeSyncResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.TimeSyncResponse} TimeSyncResponse
                 */
                TimeSyncResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.TimeSyncResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.TimeSyncResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.TimeSyncResponse();
                    if (object.hostTimeUs != null)
                        if (typeof object.hostTimeUs === "object" ? object.hostTimeUs.low || object.hostTimeUs.high : $Number(object.hostTimeUs) !== 0)
                            if ($util.Long)
                                message.hostTimeUs = $util.Long.fromValue(object.hostTimeUs, true);
                            else if (typeof object.hostTimeUs === "string")
                                message.hostTimeUs = $parseInt(object.hostTimeUs, 10);
                            else if (typeof object.hostTimeUs === "number")
                                message.hostTimeUs = object.hostTimeUs;
                            else if (typeof object.hostTimeUs === "object")
                                message.hostTimeUs = new $util.LongBits(object.hostTimeUs.low >>> 0, object.hostTimeUs.high >>> 0).toNumber(true);
                    if (object.mcuReceiveUs != null)
                        if (typeof object.mcuReceiveUs === "object" ? object.mcuReceiveUs.low || object.mcuReceiveUs.high : $Number(object.mcuReceiveUs) !== 0)
                            if ($util.Long)
                                message.mcuReceiveUs = $util.Long.fromValue(object.mcuReceiveUs, true);
                            else if (typeof object.mcuReceiveUs === "string")
                                message.mcuReceiveUs = $parseInt(object.mcuReceiveUs, 10);
                            else if (typeof object.mcuReceiveUs === "number")
                                message.mcuReceiveUs = object.mcuReceiveUs;
                            else if (typeof object.mcuReceiveUs === "object")
                                message.mcuReceiveUs = new $util.LongBits(object.mcuReceiveUs.low >>> 0, object.mcuReceiveUs.high >>> 0).toNumber(true);
                    if (object.mcuTransmitUs != null)
                        if (typeof object.mcuTransmitUs === "object" ? object.mcuTransmitUs.low || object.mcuTransmitUs.high : $Number(object.mcuTransmitUs) !== 0)
                            if ($util.Long)
                                message.mcuTransmitUs = $util.Long.fromValue(object.mcuTransmitUs, true);
                            else if (typeof object.mcuTransmitUs === "string")
                                message.mcuTransmitUs = $parseInt(object.mcuTransmitUs, 10);
                            else if (typeof object.mcuTransmitUs === "number")
                                message.mcuTransmitUs = object.mcuTransmitUs;
                            else if (typeof object.mcuTransmitUs === "object")
                                message.mcuTransmitUs = new $util.LongBits(object.mcuTransmitUs.low >>> 0, object.mcuTransmitUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TimeSyncResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @static
                 * @param {v2xedge.bridge.v1.TimeSyncResponse} message TimeSyncResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TimeSyncResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.hostTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.hostTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuReceiveUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuReceiveUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTransmitUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTransmitUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.hostTimeUs != null && $Object.hasOwnProperty.call(message, "hostTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.hostTimeUs = typeof message.hostTimeUs === "number" ? $BigInt(message.hostTimeUs) : $util.Long.fromBits(message.hostTimeUs.low >>> 0, message.hostTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.hostTimeUs === "number")
                            object.hostTimeUs = options.longs === $String ? $String(message.hostTimeUs) : message.hostTimeUs;
                        else
                            object.hostTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.hostTimeUs) : options.longs === $Number ? new $util.LongBits(message.hostTimeUs.low >>> 0, message.hostTimeUs.high >>> 0).toNumber(true) : message.hostTimeUs;
                    if (message.mcuReceiveUs != null && $Object.hasOwnProperty.call(message, "mcuReceiveUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuReceiveUs = typeof message.mcuReceiveUs === "number" ? $BigInt(message.mcuReceiveUs) : $util.Long.fromBits(message.mcuReceiveUs.low >>> 0, message.mcuReceiveUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuReceiveUs === "number")
                            object.mcuReceiveUs = options.longs === $String ? $String(message.mcuReceiveUs) : message.mcuReceiveUs;
                        else
                            object.mcuReceiveUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuReceiveUs) : options.longs === $Number ? new $util.LongBits(message.mcuReceiveUs.low >>> 0, message.mcuReceiveUs.high >>> 0).toNumber(true) : message.mcuReceiveUs;
                    if (message.mcuTransmitUs != null && $Object.hasOwnProperty.call(message, "mcuTransmitUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTransmitUs = typeof message.mcuTransmitUs === "number" ? $BigInt(message.mcuTransmitUs) : $util.Long.fromBits(message.mcuTransmitUs.low >>> 0, message.mcuTransmitUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTransmitUs === "number")
                            object.mcuTransmitUs = options.longs === $String ? $String(message.mcuTransmitUs) : message.mcuTransmitUs;
                        else
                            object.mcuTransmitUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTransmitUs) : options.longs === $Number ? new $util.LongBits(message.mcuTransmitUs.low >>> 0, message.mcuTransmitUs.high >>> 0).toNumber(true) : message.mcuTransmitUs;
                    return object;
                };

                /**
                 * Converts this TimeSyncResponse to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.TimeSyncResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TimeSyncResponse.prototype.toJSON = function() {
                    return TimeSyncResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TimeSyncResponse;
            })();

            v1.CanFrame = (function() {

                /**
                 * Properties of a CanFrame.
                 * @typedef {Object} v2xedge.bridge.v1.CanFrame.$Properties
                 * @property {number|null} [port] CanFrame port
                 * @property {number|null} [id] CanFrame id
                 * @property {boolean|null} [extended] CanFrame extended
                 * @property {boolean|null} [rtr] CanFrame rtr
                 * @property {boolean|null} [fd] CanFrame fd
                 * @property {boolean|null} [brs] CanFrame brs
                 * @property {boolean|null} [esi] CanFrame esi
                 * @property {Uint8Array|null} [data] CanFrame data
                 * @property {number|null} [mcuTimeUs] CanFrame mcuTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanFrame.
                 * @memberof v2xedge.bridge.v1
                 * @interface ICanFrame
                 * @augments v2xedge.bridge.v1.CanFrame.$Properties
                 * @deprecated Use v2xedge.bridge.v1.CanFrame.$Properties instead.
                 */

                /**
                 * Shape of a CanFrame.
                 * @typedef {v2xedge.bridge.v1.CanFrame.$Properties} v2xedge.bridge.v1.CanFrame.$Shape
                 */

                /**
                 * Constructs a new CanFrame.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a CanFrame.
                 * @constructor
                 * @param {v2xedge.bridge.v1.CanFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanFrame port.
                 * @member {number} port
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.port = 0;

                /**
                 * CanFrame id.
                 * @member {number} id
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.id = 0;

                /**
                 * CanFrame extended.
                 * @member {boolean} extended
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.extended = false;

                /**
                 * CanFrame rtr.
                 * @member {boolean} rtr
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.rtr = false;

                /**
                 * CanFrame fd.
                 * @member {boolean} fd
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.fd = false;

                /**
                 * CanFrame brs.
                 * @member {boolean} brs
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.brs = false;

                /**
                 * CanFrame esi.
                 * @member {boolean} esi
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.esi = false;

                /**
                 * CanFrame data.
                 * @member {Uint8Array} data
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.data = $util.newBuffer([]);

                /**
                 * CanFrame mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 */
                CanFrame.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CanFrame instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @static
                 * @param {v2xedge.bridge.v1.CanFrame.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.CanFrame} CanFrame instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.CanFrame.$Shape): v2xedge.bridge.v1.CanFrame & v2xedge.bridge.v1.CanFrame.$Shape;
                 *   (properties?: v2xedge.bridge.v1.CanFrame.$Properties): v2xedge.bridge.v1.CanFrame;
                 * }}
                 */
                CanFrame.create = function(properties) {
                    return new CanFrame(properties);
                };

                /**
                 * Encodes the specified CanFrame message. Does not implicitly {@link v2xedge.bridge.v1.CanFrame.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @static
                 * @param {v2xedge.bridge.v1.CanFrame.$Properties} message CanFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.id);
                    if (message.extended != null && $Object.hasOwnProperty.call(message, "extended") && message.extended !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.extended);
                    if (message.rtr != null && $Object.hasOwnProperty.call(message, "rtr") && message.rtr !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.rtr);
                    if (message.fd != null && $Object.hasOwnProperty.call(message, "fd") && message.fd !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.fd);
                    if (message.brs != null && $Object.hasOwnProperty.call(message, "brs") && message.brs !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.brs);
                    if (message.esi != null && $Object.hasOwnProperty.call(message, "esi") && message.esi !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.esi);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.data);
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.mcuTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CanFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanFrame & v2xedge.bridge.v1.CanFrame.$Shape} CanFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.CanFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.extended = value;
                                else
                                    delete message.extended;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.rtr = value;
                                else
                                    delete message.rtr;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.fd = value;
                                else
                                    delete message.fd;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.brs = value;
                                else
                                    delete message.brs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.esi = value;
                                else
                                    delete message.esi;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CanFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.CanFrame} CanFrame
                 */
                CanFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.CanFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.CanFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.CanFrame();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    if (object.id != null)
                        if ($Number(object.id) !== 0)
                            message.id = object.id >>> 0;
                    if (object.extended != null)
                        if (object.extended)
                            message.extended = $Boolean(object.extended);
                    if (object.rtr != null)
                        if (object.rtr)
                            message.rtr = $Boolean(object.rtr);
                    if (object.fd != null)
                        if (object.fd)
                            message.fd = $Boolean(object.fd);
                    if (object.brs != null)
                        if (object.brs)
                            message.brs = $Boolean(object.brs);
                    if (object.esi != null)
                        if (object.esi)
                            message.esi = $Boolean(object.esi);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a CanFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @static
                 * @param {v2xedge.bridge.v1.CanFrame} message CanFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.port = 0;
                        object.id = 0;
                        object.extended = false;
                        object.rtr = false;
                        object.fd = false;
                        object.brs = false;
                        object.esi = false;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.extended != null && $Object.hasOwnProperty.call(message, "extended"))
                        object.extended = message.extended;
                    if (message.rtr != null && $Object.hasOwnProperty.call(message, "rtr"))
                        object.rtr = message.rtr;
                    if (message.fd != null && $Object.hasOwnProperty.call(message, "fd"))
                        object.fd = message.fd;
                    if (message.brs != null && $Object.hasOwnProperty.call(message, "brs"))
                        object.brs = message.brs;
                    if (message.esi != null && $Object.hasOwnProperty.call(message, "esi"))
                        object.esi = message.esi;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    return object;
                };

                /**
                 * Converts this CanFrame to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.CanFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanFrame.prototype.toJSON = function() {
                    return CanFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CanFrame;
            })();

            v1.CanFrameBatch = (function() {

                /**
                 * Properties of a CanFrameBatch.
                 * @typedef {Object} v2xedge.bridge.v1.CanFrameBatch.$Properties
                 * @property {Array.<v2xedge.bridge.v1.CanFrame.$Properties>|null} [frames] CanFrameBatch frames
                 * @property {number|null} [overruns] CanFrameBatch overruns
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanFrameBatch.
                 * @memberof v2xedge.bridge.v1
                 * @interface ICanFrameBatch
                 * @augments v2xedge.bridge.v1.CanFrameBatch.$Properties
                 * @deprecated Use v2xedge.bridge.v1.CanFrameBatch.$Properties instead.
                 */

                /**
                 * Shape of a CanFrameBatch.
                 * @typedef {v2xedge.bridge.v1.CanFrameBatch.$Properties} v2xedge.bridge.v1.CanFrameBatch.$Shape
                 */

                /**
                 * Constructs a new CanFrameBatch.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a CanFrameBatch.
                 * @constructor
                 * @param {v2xedge.bridge.v1.CanFrameBatch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanFrameBatch = function (properties) {
                    this.frames = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanFrameBatch frames.
                 * @member {Array.<v2xedge.bridge.v1.CanFrame.$Properties>} frames
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @instance
                 */
                CanFrameBatch.prototype.frames = $util.emptyArray;

                /**
                 * CanFrameBatch overruns.
                 * @member {number} overruns
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @instance
                 */
                CanFrameBatch.prototype.overruns = 0;

                /**
                 * Creates a new CanFrameBatch instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @static
                 * @param {v2xedge.bridge.v1.CanFrameBatch.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.CanFrameBatch} CanFrameBatch instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.CanFrameBatch.$Shape): v2xedge.bridge.v1.CanFrameBatch & v2xedge.bridge.v1.CanFrameBatch.$Shape;
                 *   (properties?: v2xedge.bridge.v1.CanFrameBatch.$Properties): v2xedge.bridge.v1.CanFrameBatch;
                 * }}
                 */
                CanFrameBatch.create = function(properties) {
                    return new CanFrameBatch(properties);
                };

                /**
                 * Encodes the specified CanFrameBatch message. Does not implicitly {@link v2xedge.bridge.v1.CanFrameBatch.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @static
                 * @param {v2xedge.bridge.v1.CanFrameBatch.$Properties} message CanFrameBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanFrameBatch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frames != null && message.frames.length)
                        for (let i = 0; i < message.frames.length; ++i)
                            $root.v2xedge.bridge.v1.CanFrame.encode(message.frames[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.overruns != null && $Object.hasOwnProperty.call(message, "overruns") && message.overruns !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.overruns);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CanFrameBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanFrameBatch & v2xedge.bridge.v1.CanFrameBatch.$Shape} CanFrameBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanFrameBatch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.CanFrameBatch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.frames && message.frames.length))
                                    message.frames = [];
                                message.frames.push($root.v2xedge.bridge.v1.CanFrame.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.overruns = value;
                                else
                                    delete message.overruns;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CanFrameBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.CanFrameBatch} CanFrameBatch
                 */
                CanFrameBatch.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.CanFrameBatch)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.CanFrameBatch: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.CanFrameBatch();
                    if (object.frames) {
                        if (!$Array.isArray(object.frames))
                            throw $TypeError(".v2xedge.bridge.v1.CanFrameBatch.frames: array expected");
                        message.frames = $Array(object.frames.length);
                        for (let i = 0; i < object.frames.length; ++i) {
                            if (!$util.isObject(object.frames[i]))
                                throw $TypeError(".v2xedge.bridge.v1.CanFrameBatch.frames: object expected");
                            message.frames[i] = $root.v2xedge.bridge.v1.CanFrame.fromObject(object.frames[i], _depth + 1);
                        }
                    }
                    if (object.overruns != null)
                        if ($Number(object.overruns) !== 0)
                            message.overruns = object.overruns >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a CanFrameBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @static
                 * @param {v2xedge.bridge.v1.CanFrameBatch} message CanFrameBatch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanFrameBatch.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.frames = [];
                    if (options.defaults)
                        object.overruns = 0;
                    if (message.frames && message.frames.length) {
                        object.frames = $Array(message.frames.length);
                        for (let j = 0; j < message.frames.length; ++j)
                            object.frames[j] = $root.v2xedge.bridge.v1.CanFrame.toObject(message.frames[j], options, _depth + 1);
                    }
                    if (message.overruns != null && $Object.hasOwnProperty.call(message, "overruns"))
                        object.overruns = message.overruns;
                    return object;
                };

                /**
                 * Converts this CanFrameBatch to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.CanFrameBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanFrameBatch.prototype.toJSON = function() {
                    return CanFrameBatch.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CanFrameBatch;
            })();

            /**
             * TxStatus enum.
             * @name v2xedge.bridge.v1.TxStatus
             * @enum {number}
             * @property {number} TX_STATUS_UNSPECIFIED=0 TX_STATUS_UNSPECIFIED value
             * @property {number} TX_STATUS_OK=1 TX_STATUS_OK value
             * @property {number} TX_STATUS_QUEUE_FULL=2 TX_STATUS_QUEUE_FULL value
             * @property {number} TX_STATUS_BUS_OFF=3 TX_STATUS_BUS_OFF value
             * @property {number} TX_STATUS_INVALID=4 TX_STATUS_INVALID value
             * @property {number} TX_STATUS_NO_SUCH_PORT=5 TX_STATUS_NO_SUCH_PORT value
             * @property {number} TX_STATUS_RADIO_OFF=6 TX_STATUS_RADIO_OFF value
             */
            v1.TxStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TX_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TX_STATUS_OK"] = 1;
                values[valuesById[2] = "TX_STATUS_QUEUE_FULL"] = 2;
                values[valuesById[3] = "TX_STATUS_BUS_OFF"] = 3;
                values[valuesById[4] = "TX_STATUS_INVALID"] = 4;
                values[valuesById[5] = "TX_STATUS_NO_SUCH_PORT"] = 5;
                values[valuesById[6] = "TX_STATUS_RADIO_OFF"] = 6;
                return values;
            })();

            v1.CanTransmitReport = (function() {

                /**
                 * Properties of a CanTransmitReport.
                 * @typedef {Object} v2xedge.bridge.v1.CanTransmitReport.$Properties
                 * @property {v2xedge.bridge.v1.TxStatus|null} [status] CanTransmitReport status
                 * @property {number|null} [mcuTimeUs] CanTransmitReport mcuTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanTransmitReport.
                 * @memberof v2xedge.bridge.v1
                 * @interface ICanTransmitReport
                 * @augments v2xedge.bridge.v1.CanTransmitReport.$Properties
                 * @deprecated Use v2xedge.bridge.v1.CanTransmitReport.$Properties instead.
                 */

                /**
                 * Shape of a CanTransmitReport.
                 * @typedef {v2xedge.bridge.v1.CanTransmitReport.$Properties} v2xedge.bridge.v1.CanTransmitReport.$Shape
                 */

                /**
                 * Constructs a new CanTransmitReport.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a CanTransmitReport.
                 * @constructor
                 * @param {v2xedge.bridge.v1.CanTransmitReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanTransmitReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanTransmitReport status.
                 * @member {v2xedge.bridge.v1.TxStatus} status
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @instance
                 */
                CanTransmitReport.prototype.status = 0;

                /**
                 * CanTransmitReport mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @instance
                 */
                CanTransmitReport.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CanTransmitReport instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @static
                 * @param {v2xedge.bridge.v1.CanTransmitReport.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.CanTransmitReport} CanTransmitReport instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.CanTransmitReport.$Shape): v2xedge.bridge.v1.CanTransmitReport & v2xedge.bridge.v1.CanTransmitReport.$Shape;
                 *   (properties?: v2xedge.bridge.v1.CanTransmitReport.$Properties): v2xedge.bridge.v1.CanTransmitReport;
                 * }}
                 */
                CanTransmitReport.create = function(properties) {
                    return new CanTransmitReport(properties);
                };

                /**
                 * Encodes the specified CanTransmitReport message. Does not implicitly {@link v2xedge.bridge.v1.CanTransmitReport.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @static
                 * @param {v2xedge.bridge.v1.CanTransmitReport.$Properties} message CanTransmitReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanTransmitReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mcuTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CanTransmitReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanTransmitReport & v2xedge.bridge.v1.CanTransmitReport.$Shape} CanTransmitReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanTransmitReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.CanTransmitReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CanTransmitReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.CanTransmitReport} CanTransmitReport
                 */
                CanTransmitReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.CanTransmitReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.CanTransmitReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.CanTransmitReport();
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.v2xedge.bridge.v1.TxStatus[object.status] !== 0))
                        switch (object.status) {
                        case "TX_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "TX_STATUS_OK":
                        case 1:
                            message.status = 1;
                            break;
                        case "TX_STATUS_QUEUE_FULL":
                        case 2:
                            message.status = 2;
                            break;
                        case "TX_STATUS_BUS_OFF":
                        case 3:
                            message.status = 3;
                            break;
                        case "TX_STATUS_INVALID":
                        case 4:
                            message.status = 4;
                            break;
                        case "TX_STATUS_NO_SUCH_PORT":
                        case 5:
                            message.status = 5;
                            break;
                        case "TX_STATUS_RADIO_OFF":
                        case 6:
                            message.status = 6;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a CanTransmitReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @static
                 * @param {v2xedge.bridge.v1.CanTransmitReport} message CanTransmitReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanTransmitReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.status = options.enums === $String ? "TX_STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.v2xedge.bridge.v1.TxStatus[message.status] === $undefined ? message.status : $root.v2xedge.bridge.v1.TxStatus[message.status] : message.status;
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    return object;
                };

                /**
                 * Converts this CanTransmitReport to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.CanTransmitReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanTransmitReport.prototype.toJSON = function() {
                    return CanTransmitReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CanTransmitReport;
            })();

            /**
             * CanState enum.
             * @name v2xedge.bridge.v1.CanState
             * @enum {number}
             * @property {number} CAN_STATE_UNSPECIFIED=0 CAN_STATE_UNSPECIFIED value
             * @property {number} CAN_STATE_ACTIVE=1 CAN_STATE_ACTIVE value
             * @property {number} CAN_STATE_WARNING=2 CAN_STATE_WARNING value
             * @property {number} CAN_STATE_PASSIVE=3 CAN_STATE_PASSIVE value
             * @property {number} CAN_STATE_BUS_OFF=4 CAN_STATE_BUS_OFF value
             * @property {number} CAN_STATE_STOPPED=5 CAN_STATE_STOPPED value
             */
            v1.CanState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CAN_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CAN_STATE_ACTIVE"] = 1;
                values[valuesById[2] = "CAN_STATE_WARNING"] = 2;
                values[valuesById[3] = "CAN_STATE_PASSIVE"] = 3;
                values[valuesById[4] = "CAN_STATE_BUS_OFF"] = 4;
                values[valuesById[5] = "CAN_STATE_STOPPED"] = 5;
                return values;
            })();

            v1.CanBusStatus = (function() {

                /**
                 * Properties of a CanBusStatus.
                 * @typedef {Object} v2xedge.bridge.v1.CanBusStatus.$Properties
                 * @property {number|null} [port] CanBusStatus port
                 * @property {v2xedge.bridge.v1.CanState|null} [state] CanBusStatus state
                 * @property {number|null} [txErrorCount] CanBusStatus txErrorCount
                 * @property {number|null} [rxErrorCount] CanBusStatus rxErrorCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanBusStatus.
                 * @memberof v2xedge.bridge.v1
                 * @interface ICanBusStatus
                 * @augments v2xedge.bridge.v1.CanBusStatus.$Properties
                 * @deprecated Use v2xedge.bridge.v1.CanBusStatus.$Properties instead.
                 */

                /**
                 * Shape of a CanBusStatus.
                 * @typedef {v2xedge.bridge.v1.CanBusStatus.$Properties} v2xedge.bridge.v1.CanBusStatus.$Shape
                 */

                /**
                 * Constructs a new CanBusStatus.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a CanBusStatus.
                 * @constructor
                 * @param {v2xedge.bridge.v1.CanBusStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanBusStatus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanBusStatus port.
                 * @member {number} port
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @instance
                 */
                CanBusStatus.prototype.port = 0;

                /**
                 * CanBusStatus state.
                 * @member {v2xedge.bridge.v1.CanState} state
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @instance
                 */
                CanBusStatus.prototype.state = 0;

                /**
                 * CanBusStatus txErrorCount.
                 * @member {number} txErrorCount
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @instance
                 */
                CanBusStatus.prototype.txErrorCount = 0;

                /**
                 * CanBusStatus rxErrorCount.
                 * @member {number} rxErrorCount
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @instance
                 */
                CanBusStatus.prototype.rxErrorCount = 0;

                /**
                 * Creates a new CanBusStatus instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @static
                 * @param {v2xedge.bridge.v1.CanBusStatus.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.CanBusStatus} CanBusStatus instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.CanBusStatus.$Shape): v2xedge.bridge.v1.CanBusStatus & v2xedge.bridge.v1.CanBusStatus.$Shape;
                 *   (properties?: v2xedge.bridge.v1.CanBusStatus.$Properties): v2xedge.bridge.v1.CanBusStatus;
                 * }}
                 */
                CanBusStatus.create = function(properties) {
                    return new CanBusStatus(properties);
                };

                /**
                 * Encodes the specified CanBusStatus message. Does not implicitly {@link v2xedge.bridge.v1.CanBusStatus.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @static
                 * @param {v2xedge.bridge.v1.CanBusStatus.$Properties} message CanBusStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanBusStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                    if (message.txErrorCount != null && $Object.hasOwnProperty.call(message, "txErrorCount") && message.txErrorCount !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.txErrorCount);
                    if (message.rxErrorCount != null && $Object.hasOwnProperty.call(message, "rxErrorCount") && message.rxErrorCount !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.rxErrorCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CanBusStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanBusStatus & v2xedge.bridge.v1.CanBusStatus.$Shape} CanBusStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanBusStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.CanBusStatus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.txErrorCount = value;
                                else
                                    delete message.txErrorCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rxErrorCount = value;
                                else
                                    delete message.rxErrorCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CanBusStatus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.CanBusStatus} CanBusStatus
                 */
                CanBusStatus.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.CanBusStatus)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.CanBusStatus: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.CanBusStatus();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.v2xedge.bridge.v1.CanState[object.state] !== 0))
                        switch (object.state) {
                        case "CAN_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "CAN_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "CAN_STATE_WARNING":
                        case 2:
                            message.state = 2;
                            break;
                        case "CAN_STATE_PASSIVE":
                        case 3:
                            message.state = 3;
                            break;
                        case "CAN_STATE_BUS_OFF":
                        case 4:
                            message.state = 4;
                            break;
                        case "CAN_STATE_STOPPED":
                        case 5:
                            message.state = 5;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.txErrorCount != null)
                        if ($Number(object.txErrorCount) !== 0)
                            message.txErrorCount = object.txErrorCount >>> 0;
                    if (object.rxErrorCount != null)
                        if ($Number(object.rxErrorCount) !== 0)
                            message.rxErrorCount = object.rxErrorCount >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a CanBusStatus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @static
                 * @param {v2xedge.bridge.v1.CanBusStatus} message CanBusStatus
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanBusStatus.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.port = 0;
                        object.state = options.enums === $String ? "CAN_STATE_UNSPECIFIED" : 0;
                        object.txErrorCount = 0;
                        object.rxErrorCount = 0;
                    }
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.v2xedge.bridge.v1.CanState[message.state] === $undefined ? message.state : $root.v2xedge.bridge.v1.CanState[message.state] : message.state;
                    if (message.txErrorCount != null && $Object.hasOwnProperty.call(message, "txErrorCount"))
                        object.txErrorCount = message.txErrorCount;
                    if (message.rxErrorCount != null && $Object.hasOwnProperty.call(message, "rxErrorCount"))
                        object.rxErrorCount = message.rxErrorCount;
                    return object;
                };

                /**
                 * Converts this CanBusStatus to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.CanBusStatus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanBusStatus.prototype.toJSON = function() {
                    return CanBusStatus.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CanBusStatus;
            })();

            v1.CanErrorFrame = (function() {

                /**
                 * Properties of a CanErrorFrame.
                 * @typedef {Object} v2xedge.bridge.v1.CanErrorFrame.$Properties
                 * @property {number|null} [port] CanErrorFrame port
                 * @property {number|null} [errorClass] CanErrorFrame errorClass
                 * @property {Uint8Array|null} [data] CanErrorFrame data
                 * @property {number|null} [mcuTimeUs] CanErrorFrame mcuTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CanErrorFrame.
                 * @memberof v2xedge.bridge.v1
                 * @interface ICanErrorFrame
                 * @augments v2xedge.bridge.v1.CanErrorFrame.$Properties
                 * @deprecated Use v2xedge.bridge.v1.CanErrorFrame.$Properties instead.
                 */

                /**
                 * Shape of a CanErrorFrame.
                 * @typedef {v2xedge.bridge.v1.CanErrorFrame.$Properties} v2xedge.bridge.v1.CanErrorFrame.$Shape
                 */

                /**
                 * Constructs a new CanErrorFrame.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a CanErrorFrame.
                 * @constructor
                 * @param {v2xedge.bridge.v1.CanErrorFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CanErrorFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CanErrorFrame port.
                 * @member {number} port
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @instance
                 */
                CanErrorFrame.prototype.port = 0;

                /**
                 * CanErrorFrame errorClass.
                 * @member {number} errorClass
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @instance
                 */
                CanErrorFrame.prototype.errorClass = 0;

                /**
                 * CanErrorFrame data.
                 * @member {Uint8Array} data
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @instance
                 */
                CanErrorFrame.prototype.data = $util.newBuffer([]);

                /**
                 * CanErrorFrame mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @instance
                 */
                CanErrorFrame.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CanErrorFrame instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @static
                 * @param {v2xedge.bridge.v1.CanErrorFrame.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.CanErrorFrame} CanErrorFrame instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.CanErrorFrame.$Shape): v2xedge.bridge.v1.CanErrorFrame & v2xedge.bridge.v1.CanErrorFrame.$Shape;
                 *   (properties?: v2xedge.bridge.v1.CanErrorFrame.$Properties): v2xedge.bridge.v1.CanErrorFrame;
                 * }}
                 */
                CanErrorFrame.create = function(properties) {
                    return new CanErrorFrame(properties);
                };

                /**
                 * Encodes the specified CanErrorFrame message. Does not implicitly {@link v2xedge.bridge.v1.CanErrorFrame.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @static
                 * @param {v2xedge.bridge.v1.CanErrorFrame.$Properties} message CanErrorFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CanErrorFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass") && message.errorClass !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.errorClass);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.mcuTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CanErrorFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.CanErrorFrame & v2xedge.bridge.v1.CanErrorFrame.$Shape} CanErrorFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CanErrorFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.CanErrorFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.errorClass = value;
                                else
                                    delete message.errorClass;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CanErrorFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.CanErrorFrame} CanErrorFrame
                 */
                CanErrorFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.CanErrorFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.CanErrorFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.CanErrorFrame();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    if (object.errorClass != null)
                        if ($Number(object.errorClass) !== 0)
                            message.errorClass = object.errorClass >>> 0;
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a CanErrorFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @static
                 * @param {v2xedge.bridge.v1.CanErrorFrame} message CanErrorFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CanErrorFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.port = 0;
                        object.errorClass = 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass"))
                        object.errorClass = message.errorClass;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    return object;
                };

                /**
                 * Converts this CanErrorFrame to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.CanErrorFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CanErrorFrame.prototype.toJSON = function() {
                    return CanErrorFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CanErrorFrame;
            })();

            v1.GnssSentence = (function() {

                /**
                 * Properties of a GnssSentence.
                 * @typedef {Object} v2xedge.bridge.v1.GnssSentence.$Properties
                 * @property {string|null} [text] GnssSentence text
                 * @property {number|null} [mcuTimeUs] GnssSentence mcuTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GnssSentence.
                 * @memberof v2xedge.bridge.v1
                 * @interface IGnssSentence
                 * @augments v2xedge.bridge.v1.GnssSentence.$Properties
                 * @deprecated Use v2xedge.bridge.v1.GnssSentence.$Properties instead.
                 */

                /**
                 * Shape of a GnssSentence.
                 * @typedef {v2xedge.bridge.v1.GnssSentence.$Properties} v2xedge.bridge.v1.GnssSentence.$Shape
                 */

                /**
                 * Constructs a new GnssSentence.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a GnssSentence.
                 * @constructor
                 * @param {v2xedge.bridge.v1.GnssSentence.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GnssSentence = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GnssSentence text.
                 * @member {string} text
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @instance
                 */
                GnssSentence.prototype.text = "";

                /**
                 * GnssSentence mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @instance
                 */
                GnssSentence.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new GnssSentence instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @static
                 * @param {v2xedge.bridge.v1.GnssSentence.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.GnssSentence} GnssSentence instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.GnssSentence.$Shape): v2xedge.bridge.v1.GnssSentence & v2xedge.bridge.v1.GnssSentence.$Shape;
                 *   (properties?: v2xedge.bridge.v1.GnssSentence.$Properties): v2xedge.bridge.v1.GnssSentence;
                 * }}
                 */
                GnssSentence.create = function(properties) {
                    return new GnssSentence(properties);
                };

                /**
                 * Encodes the specified GnssSentence message. Does not implicitly {@link v2xedge.bridge.v1.GnssSentence.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @static
                 * @param {v2xedge.bridge.v1.GnssSentence.$Properties} message GnssSentence message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GnssSentence.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mcuTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GnssSentence message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.GnssSentence & v2xedge.bridge.v1.GnssSentence.$Shape} GnssSentence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GnssSentence.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.GnssSentence();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a GnssSentence message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.GnssSentence} GnssSentence
                 */
                GnssSentence.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.GnssSentence)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.GnssSentence: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.GnssSentence();
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a GnssSentence message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @static
                 * @param {v2xedge.bridge.v1.GnssSentence} message GnssSentence
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GnssSentence.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.text = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    return object;
                };

                /**
                 * Converts this GnssSentence to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.GnssSentence
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GnssSentence.prototype.toJSON = function() {
                    return GnssSentence.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GnssSentence;
            })();

            v1.PpsMark = (function() {

                /**
                 * Properties of a PpsMark.
                 * @typedef {Object} v2xedge.bridge.v1.PpsMark.$Properties
                 * @property {number|null} [mcuTimeUs] PpsMark mcuTimeUs
                 * @property {number|null} [count] PpsMark count
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PpsMark.
                 * @memberof v2xedge.bridge.v1
                 * @interface IPpsMark
                 * @augments v2xedge.bridge.v1.PpsMark.$Properties
                 * @deprecated Use v2xedge.bridge.v1.PpsMark.$Properties instead.
                 */

                /**
                 * Shape of a PpsMark.
                 * @typedef {v2xedge.bridge.v1.PpsMark.$Properties} v2xedge.bridge.v1.PpsMark.$Shape
                 */

                /**
                 * Constructs a new PpsMark.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a PpsMark.
                 * @constructor
                 * @param {v2xedge.bridge.v1.PpsMark.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PpsMark = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PpsMark mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @instance
                 */
                PpsMark.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PpsMark count.
                 * @member {number} count
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @instance
                 */
                PpsMark.prototype.count = 0;

                /**
                 * Creates a new PpsMark instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @static
                 * @param {v2xedge.bridge.v1.PpsMark.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.PpsMark} PpsMark instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.PpsMark.$Shape): v2xedge.bridge.v1.PpsMark & v2xedge.bridge.v1.PpsMark.$Shape;
                 *   (properties?: v2xedge.bridge.v1.PpsMark.$Properties): v2xedge.bridge.v1.PpsMark;
                 * }}
                 */
                PpsMark.create = function(properties) {
                    return new PpsMark(properties);
                };

                /**
                 * Encodes the specified PpsMark message. Does not implicitly {@link v2xedge.bridge.v1.PpsMark.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @static
                 * @param {v2xedge.bridge.v1.PpsMark.$Properties} message PpsMark message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PpsMark.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.mcuTimeUs);
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PpsMark message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.PpsMark & v2xedge.bridge.v1.PpsMark.$Shape} PpsMark
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PpsMark.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.PpsMark();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a PpsMark message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.PpsMark} PpsMark
                 */
                PpsMark.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.PpsMark)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.PpsMark: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.PpsMark();
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    if (object.count != null)
                        if ($Number(object.count) !== 0)
                            message.count = object.count >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a PpsMark message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @static
                 * @param {v2xedge.bridge.v1.PpsMark} message PpsMark
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PpsMark.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.count = 0;
                    }
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        object.count = message.count;
                    return object;
                };

                /**
                 * Converts this PpsMark to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.PpsMark
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PpsMark.prototype.toJSON = function() {
                    return PpsMark.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PpsMark;
            })();

            v1.V2xTransmit = (function() {

                /**
                 * Properties of a V2xTransmit.
                 * @typedef {Object} v2xedge.bridge.v1.V2xTransmit.$Properties
                 * @property {number|null} [channel] V2xTransmit channel
                 * @property {number|null} [psid] V2xTransmit psid
                 * @property {number|null} [powerHalfDbm] V2xTransmit powerHalfDbm
                 * @property {number|null} [dataRate_500kbps] V2xTransmit dataRate_500kbps
                 * @property {number|null} [priority] V2xTransmit priority
                 * @property {Uint8Array|null} [payload] V2xTransmit payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a V2xTransmit.
                 * @memberof v2xedge.bridge.v1
                 * @interface IV2xTransmit
                 * @augments v2xedge.bridge.v1.V2xTransmit.$Properties
                 * @deprecated Use v2xedge.bridge.v1.V2xTransmit.$Properties instead.
                 */

                /**
                 * Shape of a V2xTransmit.
                 * @typedef {v2xedge.bridge.v1.V2xTransmit.$Properties} v2xedge.bridge.v1.V2xTransmit.$Shape
                 */

                /**
                 * Constructs a new V2xTransmit.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a V2xTransmit.
                 * @constructor
                 * @param {v2xedge.bridge.v1.V2xTransmit.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const V2xTransmit = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * V2xTransmit channel.
                 * @member {number} channel
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @instance
                 */
                V2xTransmit.prototype.channel = 0;

                /**
                 * V2xTransmit psid.
                 * @member {number} psid
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @instance
                 */
                V2xTransmit.prototype.psid = 0;

                /**
                 * V2xTransmit powerHalfDbm.
                 * @member {number} powerHalfDbm
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @instance
                 */
                V2xTransmit.prototype.powerHalfDbm = 0;

                /**
                 * V2xTransmit dataRate_500kbps.
                 * @member {number} dataRate_500kbps
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @instance
                 */
                V2xTransmit.prototype.dataRate_500kbps = 0;

                /**
                 * V2xTransmit priority.
                 * @member {number} priority
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @instance
                 */
                V2xTransmit.prototype.priority = 0;

                /**
                 * V2xTransmit payload.
                 * @member {Uint8Array} payload
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @instance
                 */
                V2xTransmit.prototype.payload = $util.newBuffer([]);

                /**
                 * Creates a new V2xTransmit instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @static
                 * @param {v2xedge.bridge.v1.V2xTransmit.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.V2xTransmit} V2xTransmit instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.V2xTransmit.$Shape): v2xedge.bridge.v1.V2xTransmit & v2xedge.bridge.v1.V2xTransmit.$Shape;
                 *   (properties?: v2xedge.bridge.v1.V2xTransmit.$Properties): v2xedge.bridge.v1.V2xTransmit;
                 * }}
                 */
                V2xTransmit.create = function(properties) {
                    return new V2xTransmit(properties);
                };

                /**
                 * Encodes the specified V2xTransmit message. Does not implicitly {@link v2xedge.bridge.v1.V2xTransmit.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @static
                 * @param {v2xedge.bridge.v1.V2xTransmit.$Properties} message V2xTransmit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                V2xTransmit.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.channel);
                    if (message.psid != null && $Object.hasOwnProperty.call(message, "psid") && message.psid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.psid);
                    if (message.powerHalfDbm != null && $Object.hasOwnProperty.call(message, "powerHalfDbm") && message.powerHalfDbm !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.powerHalfDbm);
                    if (message.dataRate_500kbps != null && $Object.hasOwnProperty.call(message, "dataRate_500kbps") && message.dataRate_500kbps !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dataRate_500kbps);
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.priority);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.payload);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a V2xTransmit message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.V2xTransmit & v2xedge.bridge.v1.V2xTransmit.$Shape} V2xTransmit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                V2xTransmit.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.V2xTransmit();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.channel = value;
                                else
                                    delete message.channel;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.psid = value;
                                else
                                    delete message.psid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.powerHalfDbm = value;
                                else
                                    delete message.powerHalfDbm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.dataRate_500kbps = value;
                                else
                                    delete message.dataRate_500kbps;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.priority = value;
                                else
                                    delete message.priority;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a V2xTransmit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.V2xTransmit} V2xTransmit
                 */
                V2xTransmit.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.V2xTransmit)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.V2xTransmit: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.V2xTransmit();
                    if (object.channel != null)
                        if ($Number(object.channel) !== 0)
                            message.channel = object.channel >>> 0;
                    if (object.psid != null)
                        if ($Number(object.psid) !== 0)
                            message.psid = object.psid >>> 0;
                    if (object.powerHalfDbm != null)
                        if ($Number(object.powerHalfDbm) !== 0)
                            message.powerHalfDbm = object.powerHalfDbm | 0;
                    if (object.dataRate_500kbps != null)
                        if ($Number(object.dataRate_500kbps) !== 0)
                            message.dataRate_500kbps = object.dataRate_500kbps >>> 0;
                    if (object.priority != null)
                        if ($Number(object.priority) !== 0)
                            message.priority = object.priority >>> 0;
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    return message;
                };

                /**
                 * Creates a plain object from a V2xTransmit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @static
                 * @param {v2xedge.bridge.v1.V2xTransmit} message V2xTransmit
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                V2xTransmit.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.channel = 0;
                        object.psid = 0;
                        object.powerHalfDbm = 0;
                        object.dataRate_500kbps = 0;
                        object.priority = 0;
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                    }
                    if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                        object.channel = message.channel;
                    if (message.psid != null && $Object.hasOwnProperty.call(message, "psid"))
                        object.psid = message.psid;
                    if (message.powerHalfDbm != null && $Object.hasOwnProperty.call(message, "powerHalfDbm"))
                        object.powerHalfDbm = message.powerHalfDbm;
                    if (message.dataRate_500kbps != null && $Object.hasOwnProperty.call(message, "dataRate_500kbps"))
                        object.dataRate_500kbps = message.dataRate_500kbps;
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        object.priority = message.priority;
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    return object;
                };

                /**
                 * Converts this V2xTransmit to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.V2xTransmit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                V2xTransmit.prototype.toJSON = function() {
                    return V2xTransmit.toObject(this, $protobuf.util.toJSONOptions);
                };

                return V2xTransmit;
            })();

            v1.V2xTransmitReport = (function() {

                /**
                 * Properties of a V2xTransmitReport.
                 * @typedef {Object} v2xedge.bridge.v1.V2xTransmitReport.$Properties
                 * @property {v2xedge.bridge.v1.TxStatus|null} [status] V2xTransmitReport status
                 * @property {number|null} [mcuTimeUs] V2xTransmitReport mcuTimeUs
                 * @property {number|null} [airtimeUs] V2xTransmitReport airtimeUs
                 * @property {number|null} [channel] V2xTransmitReport channel
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a V2xTransmitReport.
                 * @memberof v2xedge.bridge.v1
                 * @interface IV2xTransmitReport
                 * @augments v2xedge.bridge.v1.V2xTransmitReport.$Properties
                 * @deprecated Use v2xedge.bridge.v1.V2xTransmitReport.$Properties instead.
                 */

                /**
                 * Shape of a V2xTransmitReport.
                 * @typedef {v2xedge.bridge.v1.V2xTransmitReport.$Properties} v2xedge.bridge.v1.V2xTransmitReport.$Shape
                 */

                /**
                 * Constructs a new V2xTransmitReport.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a V2xTransmitReport.
                 * @constructor
                 * @param {v2xedge.bridge.v1.V2xTransmitReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const V2xTransmitReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * V2xTransmitReport status.
                 * @member {v2xedge.bridge.v1.TxStatus} status
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @instance
                 */
                V2xTransmitReport.prototype.status = 0;

                /**
                 * V2xTransmitReport mcuTimeUs.
                 * @member {number} mcuTimeUs
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @instance
                 */
                V2xTransmitReport.prototype.mcuTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * V2xTransmitReport airtimeUs.
                 * @member {number} airtimeUs
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @instance
                 */
                V2xTransmitReport.prototype.airtimeUs = 0;

                /**
                 * V2xTransmitReport channel.
                 * @member {number} channel
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @instance
                 */
                V2xTransmitReport.prototype.channel = 0;

                /**
                 * Creates a new V2xTransmitReport instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @static
                 * @param {v2xedge.bridge.v1.V2xTransmitReport.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.V2xTransmitReport} V2xTransmitReport instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.V2xTransmitReport.$Shape): v2xedge.bridge.v1.V2xTransmitReport & v2xedge.bridge.v1.V2xTransmitReport.$Shape;
                 *   (properties?: v2xedge.bridge.v1.V2xTransmitReport.$Properties): v2xedge.bridge.v1.V2xTransmitReport;
                 * }}
                 */
                V2xTransmitReport.create = function(properties) {
                    return new V2xTransmitReport(properties);
                };

                /**
                 * Encodes the specified V2xTransmitReport message. Does not implicitly {@link v2xedge.bridge.v1.V2xTransmitReport.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @static
                 * @param {v2xedge.bridge.v1.V2xTransmitReport.$Properties} message V2xTransmitReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                V2xTransmitReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs") && (typeof message.mcuTimeUs === "object" ? message.mcuTimeUs.low || message.mcuTimeUs.high : message.mcuTimeUs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mcuTimeUs);
                    if (message.airtimeUs != null && $Object.hasOwnProperty.call(message, "airtimeUs") && message.airtimeUs !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.airtimeUs);
                    if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.channel);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a V2xTransmitReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.V2xTransmitReport & v2xedge.bridge.v1.V2xTransmitReport.$Shape} V2xTransmitReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                V2xTransmitReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.V2xTransmitReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mcuTimeUs = value;
                                else
                                    delete message.mcuTimeUs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.airtimeUs = value;
                                else
                                    delete message.airtimeUs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.channel = value;
                                else
                                    delete message.channel;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a V2xTransmitReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.V2xTransmitReport} V2xTransmitReport
                 */
                V2xTransmitReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.V2xTransmitReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.V2xTransmitReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.V2xTransmitReport();
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.v2xedge.bridge.v1.TxStatus[object.status] !== 0))
                        switch (object.status) {
                        case "TX_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "TX_STATUS_OK":
                        case 1:
                            message.status = 1;
                            break;
                        case "TX_STATUS_QUEUE_FULL":
                        case 2:
                            message.status = 2;
                            break;
                        case "TX_STATUS_BUS_OFF":
                        case 3:
                            message.status = 3;
                            break;
                        case "TX_STATUS_INVALID":
                        case 4:
                            message.status = 4;
                            break;
                        case "TX_STATUS_NO_SUCH_PORT":
                        case 5:
                            message.status = 5;
                            break;
                        case "TX_STATUS_RADIO_OFF":
                        case 6:
                            message.status = 6;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.mcuTimeUs != null)
                        if (typeof object.mcuTimeUs === "object" ? object.mcuTimeUs.low || object.mcuTimeUs.high : $Number(object.mcuTimeUs) !== 0)
                            if ($util.Long)
                                message.mcuTimeUs = $util.Long.fromValue(object.mcuTimeUs, true);
                            else if (typeof object.mcuTimeUs === "string")
                                message.mcuTimeUs = $parseInt(object.mcuTimeUs, 10);
                            else if (typeof object.mcuTimeUs === "number")
                                message.mcuTimeUs = object.mcuTimeUs;
                            else if (typeof object.mcuTimeUs === "object")
                                message.mcuTimeUs = new $util.LongBits(object.mcuTimeUs.low >>> 0, object.mcuTimeUs.high >>> 0).toNumber(true);
                    if (object.airtimeUs != null)
                        if ($Number(object.airtimeUs) !== 0)
                            message.airtimeUs = object.airtimeUs >>> 0;
                    if (object.channel != null)
                        if ($Number(object.channel) !== 0)
                            message.channel = object.channel >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a V2xTransmitReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @static
                 * @param {v2xedge.bridge.v1.V2xTransmitReport} message V2xTransmitReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                V2xTransmitReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.status = options.enums === $String ? "TX_STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mcuTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mcuTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.airtimeUs = 0;
                        object.channel = 0;
                    }
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.v2xedge.bridge.v1.TxStatus[message.status] === $undefined ? message.status : $root.v2xedge.bridge.v1.TxStatus[message.status] : message.status;
                    if (message.mcuTimeUs != null && $Object.hasOwnProperty.call(message, "mcuTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mcuTimeUs = typeof message.mcuTimeUs === "number" ? $BigInt(message.mcuTimeUs) : $util.Long.fromBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.mcuTimeUs === "number")
                            object.mcuTimeUs = options.longs === $String ? $String(message.mcuTimeUs) : message.mcuTimeUs;
                        else
                            object.mcuTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.mcuTimeUs) : options.longs === $Number ? new $util.LongBits(message.mcuTimeUs.low >>> 0, message.mcuTimeUs.high >>> 0).toNumber(true) : message.mcuTimeUs;
                    if (message.airtimeUs != null && $Object.hasOwnProperty.call(message, "airtimeUs"))
                        object.airtimeUs = message.airtimeUs;
                    if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                        object.channel = message.channel;
                    return object;
                };

                /**
                 * Converts this V2xTransmitReport to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.V2xTransmitReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                V2xTransmitReport.prototype.toJSON = function() {
                    return V2xTransmitReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                return V2xTransmitReport;
            })();

            v1.StatusRequest = (function() {

                /**
                 * Properties of a StatusRequest.
                 * @typedef {Object} v2xedge.bridge.v1.StatusRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusRequest.
                 * @memberof v2xedge.bridge.v1
                 * @interface IStatusRequest
                 * @augments v2xedge.bridge.v1.StatusRequest.$Properties
                 * @deprecated Use v2xedge.bridge.v1.StatusRequest.$Properties instead.
                 */

                /**
                 * Shape of a StatusRequest.
                 * @typedef {v2xedge.bridge.v1.StatusRequest.$Properties} v2xedge.bridge.v1.StatusRequest.$Shape
                 */

                /**
                 * Constructs a new StatusRequest.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a StatusRequest.
                 * @constructor
                 * @param {v2xedge.bridge.v1.StatusRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new StatusRequest instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.StatusRequest
                 * @static
                 * @param {v2xedge.bridge.v1.StatusRequest.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.StatusRequest} StatusRequest instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.StatusRequest.$Shape): v2xedge.bridge.v1.StatusRequest & v2xedge.bridge.v1.StatusRequest.$Shape;
                 *   (properties?: v2xedge.bridge.v1.StatusRequest.$Properties): v2xedge.bridge.v1.StatusRequest;
                 * }}
                 */
                StatusRequest.create = function(properties) {
                    return new StatusRequest(properties);
                };

                /**
                 * Encodes the specified StatusRequest message. Does not implicitly {@link v2xedge.bridge.v1.StatusRequest.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.StatusRequest
                 * @static
                 * @param {v2xedge.bridge.v1.StatusRequest.$Properties} message StatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.StatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.StatusRequest & v2xedge.bridge.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.StatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.StatusRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.StatusRequest} StatusRequest
                 */
                StatusRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.StatusRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.StatusRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.v2xedge.bridge.v1.StatusRequest();
                };

                /**
                 * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.StatusRequest
                 * @static
                 * @param {v2xedge.bridge.v1.StatusRequest} message StatusRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatusRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this StatusRequest to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.StatusRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusRequest.prototype.toJSON = function() {
                    return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusRequest;
            })();

            v1.LinkCounters = (function() {

                /**
                 * Properties of a LinkCounters.
                 * @typedef {Object} v2xedge.bridge.v1.LinkCounters.$Properties
                 * @property {number|null} [rxFrames] LinkCounters rxFrames
                 * @property {number|null} [rxCrcErrors] LinkCounters rxCrcErrors
                 * @property {number|null} [rxFramingErrors] LinkCounters rxFramingErrors
                 * @property {number|null} [rxOversize] LinkCounters rxOversize
                 * @property {number|null} [rxDecodeErrors] LinkCounters rxDecodeErrors
                 * @property {number|null} [rxSeqGaps] LinkCounters rxSeqGaps
                 * @property {number|null} [txFrames] LinkCounters txFrames
                 * @property {number|null} [txDropped] LinkCounters txDropped
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LinkCounters.
                 * @memberof v2xedge.bridge.v1
                 * @interface ILinkCounters
                 * @augments v2xedge.bridge.v1.LinkCounters.$Properties
                 * @deprecated Use v2xedge.bridge.v1.LinkCounters.$Properties instead.
                 */

                /**
                 * Shape of a LinkCounters.
                 * @typedef {v2xedge.bridge.v1.LinkCounters.$Properties} v2xedge.bridge.v1.LinkCounters.$Shape
                 */

                /**
                 * Constructs a new LinkCounters.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a LinkCounters.
                 * @constructor
                 * @param {v2xedge.bridge.v1.LinkCounters.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LinkCounters = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LinkCounters rxFrames.
                 * @member {number} rxFrames
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.rxFrames = 0;

                /**
                 * LinkCounters rxCrcErrors.
                 * @member {number} rxCrcErrors
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.rxCrcErrors = 0;

                /**
                 * LinkCounters rxFramingErrors.
                 * @member {number} rxFramingErrors
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.rxFramingErrors = 0;

                /**
                 * LinkCounters rxOversize.
                 * @member {number} rxOversize
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.rxOversize = 0;

                /**
                 * LinkCounters rxDecodeErrors.
                 * @member {number} rxDecodeErrors
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.rxDecodeErrors = 0;

                /**
                 * LinkCounters rxSeqGaps.
                 * @member {number} rxSeqGaps
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.rxSeqGaps = 0;

                /**
                 * LinkCounters txFrames.
                 * @member {number} txFrames
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.txFrames = 0;

                /**
                 * LinkCounters txDropped.
                 * @member {number} txDropped
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 */
                LinkCounters.prototype.txDropped = 0;

                /**
                 * Creates a new LinkCounters instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @static
                 * @param {v2xedge.bridge.v1.LinkCounters.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.LinkCounters} LinkCounters instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.LinkCounters.$Shape): v2xedge.bridge.v1.LinkCounters & v2xedge.bridge.v1.LinkCounters.$Shape;
                 *   (properties?: v2xedge.bridge.v1.LinkCounters.$Properties): v2xedge.bridge.v1.LinkCounters;
                 * }}
                 */
                LinkCounters.create = function(properties) {
                    return new LinkCounters(properties);
                };

                /**
                 * Encodes the specified LinkCounters message. Does not implicitly {@link v2xedge.bridge.v1.LinkCounters.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @static
                 * @param {v2xedge.bridge.v1.LinkCounters.$Properties} message LinkCounters message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LinkCounters.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rxFrames != null && $Object.hasOwnProperty.call(message, "rxFrames") && message.rxFrames !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rxFrames);
                    if (message.rxCrcErrors != null && $Object.hasOwnProperty.call(message, "rxCrcErrors") && message.rxCrcErrors !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.rxCrcErrors);
                    if (message.rxFramingErrors != null && $Object.hasOwnProperty.call(message, "rxFramingErrors") && message.rxFramingErrors !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rxFramingErrors);
                    if (message.rxOversize != null && $Object.hasOwnProperty.call(message, "rxOversize") && message.rxOversize !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.rxOversize);
                    if (message.rxDecodeErrors != null && $Object.hasOwnProperty.call(message, "rxDecodeErrors") && message.rxDecodeErrors !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.rxDecodeErrors);
                    if (message.rxSeqGaps != null && $Object.hasOwnProperty.call(message, "rxSeqGaps") && message.rxSeqGaps !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.rxSeqGaps);
                    if (message.txFrames != null && $Object.hasOwnProperty.call(message, "txFrames") && message.txFrames !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.txFrames);
                    if (message.txDropped != null && $Object.hasOwnProperty.call(message, "txDropped") && message.txDropped !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.txDropped);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LinkCounters message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.LinkCounters & v2xedge.bridge.v1.LinkCounters.$Shape} LinkCounters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LinkCounters.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.LinkCounters();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rxFrames = value;
                                else
                                    delete message.rxFrames;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rxCrcErrors = value;
                                else
                                    delete message.rxCrcErrors;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rxFramingErrors = value;
                                else
                                    delete message.rxFramingErrors;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rxOversize = value;
                                else
                                    delete message.rxOversize;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rxDecodeErrors = value;
                                else
                                    delete message.rxDecodeErrors;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rxSeqGaps = value;
                                else
                                    delete message.rxSeqGaps;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.txFrames = value;
                                else
                                    delete message.txFrames;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.txDropped = value;
                                else
                                    delete message.txDropped;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a LinkCounters message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.LinkCounters} LinkCounters
                 */
                LinkCounters.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.LinkCounters)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.LinkCounters: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.LinkCounters();
                    if (object.rxFrames != null)
                        if ($Number(object.rxFrames) !== 0)
                            message.rxFrames = object.rxFrames >>> 0;
                    if (object.rxCrcErrors != null)
                        if ($Number(object.rxCrcErrors) !== 0)
                            message.rxCrcErrors = object.rxCrcErrors >>> 0;
                    if (object.rxFramingErrors != null)
                        if ($Number(object.rxFramingErrors) !== 0)
                            message.rxFramingErrors = object.rxFramingErrors >>> 0;
                    if (object.rxOversize != null)
                        if ($Number(object.rxOversize) !== 0)
                            message.rxOversize = object.rxOversize >>> 0;
                    if (object.rxDecodeErrors != null)
                        if ($Number(object.rxDecodeErrors) !== 0)
                            message.rxDecodeErrors = object.rxDecodeErrors >>> 0;
                    if (object.rxSeqGaps != null)
                        if ($Number(object.rxSeqGaps) !== 0)
                            message.rxSeqGaps = object.rxSeqGaps >>> 0;
                    if (object.txFrames != null)
                        if ($Number(object.txFrames) !== 0)
                            message.txFrames = object.txFrames >>> 0;
                    if (object.txDropped != null)
                        if ($Number(object.txDropped) !== 0)
                            message.txDropped = object.txDropped >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a LinkCounters message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @static
                 * @param {v2xedge.bridge.v1.LinkCounters} message LinkCounters
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LinkCounters.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.rxFrames = 0;
                        object.rxCrcErrors = 0;
                        object.rxFramingErrors = 0;
                        object.rxOversize = 0;
                        object.rxDecodeErrors = 0;
                        object.rxSeqGaps = 0;
                        object.txFrames = 0;
                        object.txDropped = 0;
                    }
                    if (message.rxFrames != null && $Object.hasOwnProperty.call(message, "rxFrames"))
                        object.rxFrames = message.rxFrames;
                    if (message.rxCrcErrors != null && $Object.hasOwnProperty.call(message, "rxCrcErrors"))
                        object.rxCrcErrors = message.rxCrcErrors;
                    if (message.rxFramingErrors != null && $Object.hasOwnProperty.call(message, "rxFramingErrors"))
                        object.rxFramingErrors = message.rxFramingErrors;
                    if (message.rxOversize != null && $Object.hasOwnProperty.call(message, "rxOversize"))
                        object.rxOversize = message.rxOversize;
                    if (message.rxDecodeErrors != null && $Object.hasOwnProperty.call(message, "rxDecodeErrors"))
                        object.rxDecodeErrors = message.rxDecodeErrors;
                    if (message.rxSeqGaps != null && $Object.hasOwnProperty.call(message, "rxSeqGaps"))
                        object.rxSeqGaps = message.rxSeqGaps;
                    if (message.txFrames != null && $Object.hasOwnProperty.call(message, "txFrames"))
                        object.txFrames = message.txFrames;
                    if (message.txDropped != null && $Object.hasOwnProperty.call(message, "txDropped"))
                        object.txDropped = message.txDropped;
                    return object;
                };

                /**
                 * Converts this LinkCounters to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.LinkCounters
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LinkCounters.prototype.toJSON = function() {
                    return LinkCounters.toObject(this, $protobuf.util.toJSONOptions);
                };

                return LinkCounters;
            })();

            v1.StatusReport = (function() {

                /**
                 * Properties of a StatusReport.
                 * @typedef {Object} v2xedge.bridge.v1.StatusReport.$Properties
                 * @property {number|null} [uptimeMs] StatusReport uptimeMs
                 * @property {v2xedge.bridge.v1.LinkCounters.$Properties|null} [link] StatusReport link
                 * @property {Array.<v2xedge.bridge.v1.CanBusStatus.$Properties>|null} [can] StatusReport can
                 * @property {number|null} [txQueueDepth] StatusReport txQueueDepth
                 * @property {number|null} [canRxOverruns] StatusReport canRxOverruns
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusReport.
                 * @memberof v2xedge.bridge.v1
                 * @interface IStatusReport
                 * @augments v2xedge.bridge.v1.StatusReport.$Properties
                 * @deprecated Use v2xedge.bridge.v1.StatusReport.$Properties instead.
                 */

                /**
                 * Shape of a StatusReport.
                 * @typedef {v2xedge.bridge.v1.StatusReport.$Properties} v2xedge.bridge.v1.StatusReport.$Shape
                 */

                /**
                 * Constructs a new StatusReport.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a StatusReport.
                 * @constructor
                 * @param {v2xedge.bridge.v1.StatusReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatusReport = function (properties) {
                    this.can = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatusReport uptimeMs.
                 * @member {number} uptimeMs
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @instance
                 */
                StatusReport.prototype.uptimeMs = 0;

                /**
                 * StatusReport link.
                 * @member {v2xedge.bridge.v1.LinkCounters.$Properties|null|undefined} link
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @instance
                 */
                StatusReport.prototype.link = null;

                /**
                 * StatusReport can.
                 * @member {Array.<v2xedge.bridge.v1.CanBusStatus.$Properties>} can
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @instance
                 */
                StatusReport.prototype.can = $util.emptyArray;

                /**
                 * StatusReport txQueueDepth.
                 * @member {number} txQueueDepth
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @instance
                 */
                StatusReport.prototype.txQueueDepth = 0;

                /**
                 * StatusReport canRxOverruns.
                 * @member {number} canRxOverruns
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @instance
                 */
                StatusReport.prototype.canRxOverruns = 0;

                /**
                 * Creates a new StatusReport instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @static
                 * @param {v2xedge.bridge.v1.StatusReport.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.StatusReport} StatusReport instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.StatusReport.$Shape): v2xedge.bridge.v1.StatusReport & v2xedge.bridge.v1.StatusReport.$Shape;
                 *   (properties?: v2xedge.bridge.v1.StatusReport.$Properties): v2xedge.bridge.v1.StatusReport;
                 * }}
                 */
                StatusReport.create = function(properties) {
                    return new StatusReport(properties);
                };

                /**
                 * Encodes the specified StatusReport message. Does not implicitly {@link v2xedge.bridge.v1.StatusReport.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @static
                 * @param {v2xedge.bridge.v1.StatusReport.$Properties} message StatusReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && message.uptimeMs !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.uptimeMs);
                    if (message.link != null && $Object.hasOwnProperty.call(message, "link"))
                        $root.v2xedge.bridge.v1.LinkCounters.encode(message.link, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.can != null && message.can.length)
                        for (let i = 0; i < message.can.length; ++i)
                            $root.v2xedge.bridge.v1.CanBusStatus.encode(message.can[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.txQueueDepth != null && $Object.hasOwnProperty.call(message, "txQueueDepth") && message.txQueueDepth !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.txQueueDepth);
                    if (message.canRxOverruns != null && $Object.hasOwnProperty.call(message, "canRxOverruns") && message.canRxOverruns !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.canRxOverruns);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StatusReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.StatusReport & v2xedge.bridge.v1.StatusReport.$Shape} StatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.StatusReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.uptimeMs = value;
                                else
                                    delete message.uptimeMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.link = $root.v2xedge.bridge.v1.LinkCounters.decode(reader, reader.size(), $undefined, _depth + 1, message.link);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.can && message.can.length))
                                    message.can = [];
                                message.can.push($root.v2xedge.bridge.v1.CanBusStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.txQueueDepth = value;
                                else
                                    delete message.txQueueDepth;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.canRxOverruns = value;
                                else
                                    delete message.canRxOverruns;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.StatusReport} StatusReport
                 */
                StatusReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.StatusReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.StatusReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.StatusReport();
                    if (object.uptimeMs != null)
                        if ($Number(object.uptimeMs) !== 0)
                            message.uptimeMs = object.uptimeMs >>> 0;
                    if (object.link != null) {
                        if (!$util.isObject(object.link))
                            throw $TypeError(".v2xedge.bridge.v1.StatusReport.link: object expected");
                        message.link = $root.v2xedge.bridge.v1.LinkCounters.fromObject(object.link, _depth + 1);
                    }
                    if (object.can) {
                        if (!$Array.isArray(object.can))
                            throw $TypeError(".v2xedge.bridge.v1.StatusReport.can: array expected");
                        message.can = $Array(object.can.length);
                        for (let i = 0; i < object.can.length; ++i) {
                            if (!$util.isObject(object.can[i]))
                                throw $TypeError(".v2xedge.bridge.v1.StatusReport.can: object expected");
                            message.can[i] = $root.v2xedge.bridge.v1.CanBusStatus.fromObject(object.can[i], _depth + 1);
                        }
                    }
                    if (object.txQueueDepth != null)
                        if ($Number(object.txQueueDepth) !== 0)
                            message.txQueueDepth = object.txQueueDepth >>> 0;
                    if (object.canRxOverruns != null)
                        if ($Number(object.canRxOverruns) !== 0)
                            message.canRxOverruns = object.canRxOverruns >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @static
                 * @param {v2xedge.bridge.v1.StatusReport} message StatusReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatusReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.can = [];
                    if (options.defaults) {
                        object.uptimeMs = 0;
                        object.link = null;
                        object.txQueueDepth = 0;
                        object.canRxOverruns = 0;
                    }
                    if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                        object.uptimeMs = message.uptimeMs;
                    if (message.link != null && $Object.hasOwnProperty.call(message, "link"))
                        object.link = $root.v2xedge.bridge.v1.LinkCounters.toObject(message.link, options, _depth + 1);
                    if (message.can && message.can.length) {
                        object.can = $Array(message.can.length);
                        for (let j = 0; j < message.can.length; ++j)
                            object.can[j] = $root.v2xedge.bridge.v1.CanBusStatus.toObject(message.can[j], options, _depth + 1);
                    }
                    if (message.txQueueDepth != null && $Object.hasOwnProperty.call(message, "txQueueDepth"))
                        object.txQueueDepth = message.txQueueDepth;
                    if (message.canRxOverruns != null && $Object.hasOwnProperty.call(message, "canRxOverruns"))
                        object.canRxOverruns = message.canRxOverruns;
                    return object;
                };

                /**
                 * Converts this StatusReport to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.StatusReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusReport.prototype.toJSON = function() {
                    return StatusReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusReport;
            })();

            /**
             * ErrorCode enum.
             * @name v2xedge.bridge.v1.ErrorCode
             * @enum {number}
             * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
             * @property {number} ERROR_CODE_DECODE_FAILED=1 ERROR_CODE_DECODE_FAILED value
             * @property {number} ERROR_CODE_UNSUPPORTED_BODY=2 ERROR_CODE_UNSUPPORTED_BODY value
             * @property {number} ERROR_CODE_INVALID_ARGUMENT=3 ERROR_CODE_INVALID_ARGUMENT value
             * @property {number} ERROR_CODE_VERSION_MISMATCH=4 ERROR_CODE_VERSION_MISMATCH value
             * @property {number} ERROR_CODE_NOT_READY=5 ERROR_CODE_NOT_READY value
             */
            v1.ErrorCode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ERROR_CODE_DECODE_FAILED"] = 1;
                values[valuesById[2] = "ERROR_CODE_UNSUPPORTED_BODY"] = 2;
                values[valuesById[3] = "ERROR_CODE_INVALID_ARGUMENT"] = 3;
                values[valuesById[4] = "ERROR_CODE_VERSION_MISMATCH"] = 4;
                values[valuesById[5] = "ERROR_CODE_NOT_READY"] = 5;
                return values;
            })();

            v1.ErrorReport = (function() {

                /**
                 * Properties of an ErrorReport.
                 * @typedef {Object} v2xedge.bridge.v1.ErrorReport.$Properties
                 * @property {v2xedge.bridge.v1.ErrorCode|null} [code] ErrorReport code
                 * @property {number|null} [refSeq] ErrorReport refSeq
                 * @property {string|null} [detail] ErrorReport detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ErrorReport.
                 * @memberof v2xedge.bridge.v1
                 * @interface IErrorReport
                 * @augments v2xedge.bridge.v1.ErrorReport.$Properties
                 * @deprecated Use v2xedge.bridge.v1.ErrorReport.$Properties instead.
                 */

                /**
                 * Shape of an ErrorReport.
                 * @typedef {v2xedge.bridge.v1.ErrorReport.$Properties} v2xedge.bridge.v1.ErrorReport.$Shape
                 */

                /**
                 * Constructs a new ErrorReport.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents an ErrorReport.
                 * @constructor
                 * @param {v2xedge.bridge.v1.ErrorReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ErrorReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ErrorReport code.
                 * @member {v2xedge.bridge.v1.ErrorCode} code
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @instance
                 */
                ErrorReport.prototype.code = 0;

                /**
                 * ErrorReport refSeq.
                 * @member {number} refSeq
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @instance
                 */
                ErrorReport.prototype.refSeq = 0;

                /**
                 * ErrorReport detail.
                 * @member {string} detail
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @instance
                 */
                ErrorReport.prototype.detail = "";

                /**
                 * Creates a new ErrorReport instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @static
                 * @param {v2xedge.bridge.v1.ErrorReport.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.ErrorReport} ErrorReport instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.ErrorReport.$Shape): v2xedge.bridge.v1.ErrorReport & v2xedge.bridge.v1.ErrorReport.$Shape;
                 *   (properties?: v2xedge.bridge.v1.ErrorReport.$Properties): v2xedge.bridge.v1.ErrorReport;
                 * }}
                 */
                ErrorReport.create = function(properties) {
                    return new ErrorReport(properties);
                };

                /**
                 * Encodes the specified ErrorReport message. Does not implicitly {@link v2xedge.bridge.v1.ErrorReport.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @static
                 * @param {v2xedge.bridge.v1.ErrorReport.$Properties} message ErrorReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ErrorReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                    if (message.refSeq != null && $Object.hasOwnProperty.call(message, "refSeq") && message.refSeq !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.refSeq);
                    if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ErrorReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.ErrorReport & v2xedge.bridge.v1.ErrorReport.$Shape} ErrorReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ErrorReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.ErrorReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.refSeq = value;
                                else
                                    delete message.refSeq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.detail = value;
                                else
                                    delete message.detail;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an ErrorReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.ErrorReport} ErrorReport
                 */
                ErrorReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.ErrorReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.ErrorReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.ErrorReport();
                    if (object.code !== 0 && (typeof object.code !== "string" || $root.v2xedge.bridge.v1.ErrorCode[object.code] !== 0))
                        switch (object.code) {
                        case "ERROR_CODE_UNSPECIFIED":
                        case 0:
                            message.code = 0;
                            break;
                        case "ERROR_CODE_DECODE_FAILED":
                        case 1:
                            message.code = 1;
                            break;
                        case "ERROR_CODE_UNSUPPORTED_BODY":
                        case 2:
                            message.code = 2;
                            break;
                        case "ERROR_CODE_INVALID_ARGUMENT":
                        case 3:
                            message.code = 3;
                            break;
                        case "ERROR_CODE_VERSION_MISMATCH":
                        case 4:
                            message.code = 4;
                            break;
                        case "ERROR_CODE_NOT_READY":
                        case 5:
                            message.code = 5;
                            break;
                        default:
                            if (typeof object.code === "number" && (object.code | 0) === object.code)
                                message.code = object.code;
                        }
                    if (object.refSeq != null)
                        if ($Number(object.refSeq) !== 0)
                            message.refSeq = object.refSeq >>> 0;
                    if (object.detail != null)
                        if (typeof object.detail !== "string" || object.detail.length)
                            message.detail = $String(object.detail);
                    return message;
                };

                /**
                 * Creates a plain object from an ErrorReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @static
                 * @param {v2xedge.bridge.v1.ErrorReport} message ErrorReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ErrorReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                        object.refSeq = 0;
                        object.detail = "";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = options.enums === $String ? $root.v2xedge.bridge.v1.ErrorCode[message.code] === $undefined ? message.code : $root.v2xedge.bridge.v1.ErrorCode[message.code] : message.code;
                    if (message.refSeq != null && $Object.hasOwnProperty.call(message, "refSeq"))
                        object.refSeq = message.refSeq;
                    if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                        object.detail = message.detail;
                    return object;
                };

                /**
                 * Converts this ErrorReport to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.ErrorReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ErrorReport.prototype.toJSON = function() {
                    return ErrorReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ErrorReport;
            })();

            /**
             * ResetReason enum.
             * @name v2xedge.bridge.v1.ResetReason
             * @enum {number}
             * @property {number} RESET_REASON_UNSPECIFIED=0 RESET_REASON_UNSPECIFIED value
             * @property {number} RESET_REASON_POWER_ON=1 RESET_REASON_POWER_ON value
             * @property {number} RESET_REASON_WATCHDOG=2 RESET_REASON_WATCHDOG value
             * @property {number} RESET_REASON_SOFTWARE=3 RESET_REASON_SOFTWARE value
             * @property {number} RESET_REASON_BROWN_OUT=4 RESET_REASON_BROWN_OUT value
             * @property {number} RESET_REASON_PIN=5 RESET_REASON_PIN value
             */
            v1.ResetReason = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RESET_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RESET_REASON_POWER_ON"] = 1;
                values[valuesById[2] = "RESET_REASON_WATCHDOG"] = 2;
                values[valuesById[3] = "RESET_REASON_SOFTWARE"] = 3;
                values[valuesById[4] = "RESET_REASON_BROWN_OUT"] = 4;
                values[valuesById[5] = "RESET_REASON_PIN"] = 5;
                return values;
            })();

            v1.BootNotice = (function() {

                /**
                 * Properties of a BootNotice.
                 * @typedef {Object} v2xedge.bridge.v1.BootNotice.$Properties
                 * @property {number|null} [bootCount] BootNotice bootCount
                 * @property {v2xedge.bridge.v1.ResetReason|null} [reason] BootNotice reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BootNotice.
                 * @memberof v2xedge.bridge.v1
                 * @interface IBootNotice
                 * @augments v2xedge.bridge.v1.BootNotice.$Properties
                 * @deprecated Use v2xedge.bridge.v1.BootNotice.$Properties instead.
                 */

                /**
                 * Shape of a BootNotice.
                 * @typedef {v2xedge.bridge.v1.BootNotice.$Properties} v2xedge.bridge.v1.BootNotice.$Shape
                 */

                /**
                 * Constructs a new BootNotice.
                 * @memberof v2xedge.bridge.v1
                 * @classdesc Represents a BootNotice.
                 * @constructor
                 * @param {v2xedge.bridge.v1.BootNotice.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BootNotice = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BootNotice bootCount.
                 * @member {number} bootCount
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @instance
                 */
                BootNotice.prototype.bootCount = 0;

                /**
                 * BootNotice reason.
                 * @member {v2xedge.bridge.v1.ResetReason} reason
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @instance
                 */
                BootNotice.prototype.reason = 0;

                /**
                 * Creates a new BootNotice instance using the specified properties.
                 * @function create
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @static
                 * @param {v2xedge.bridge.v1.BootNotice.$Properties=} [properties] Properties to set
                 * @returns {v2xedge.bridge.v1.BootNotice} BootNotice instance
                 * @type {{
                 *   (properties: v2xedge.bridge.v1.BootNotice.$Shape): v2xedge.bridge.v1.BootNotice & v2xedge.bridge.v1.BootNotice.$Shape;
                 *   (properties?: v2xedge.bridge.v1.BootNotice.$Properties): v2xedge.bridge.v1.BootNotice;
                 * }}
                 */
                BootNotice.create = function(properties) {
                    return new BootNotice(properties);
                };

                /**
                 * Encodes the specified BootNotice message. Does not implicitly {@link v2xedge.bridge.v1.BootNotice.verify|verify} messages.
                 * @function encode
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @static
                 * @param {v2xedge.bridge.v1.BootNotice.$Properties} message BootNotice message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BootNotice.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bootCount != null && $Object.hasOwnProperty.call(message, "bootCount") && message.bootCount !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.bootCount);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a BootNotice message from the specified reader or buffer.
                 * @function decode
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {v2xedge.bridge.v1.BootNotice & v2xedge.bridge.v1.BootNotice.$Shape} BootNotice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BootNotice.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.v2xedge.bridge.v1.BootNotice();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bootCount = value;
                                else
                                    delete message.bootCount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a BootNotice message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {v2xedge.bridge.v1.BootNotice} BootNotice
                 */
                BootNotice.fromObject = function (object, _depth) {
                    if (object instanceof $root.v2xedge.bridge.v1.BootNotice)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".v2xedge.bridge.v1.BootNotice: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.v2xedge.bridge.v1.BootNotice();
                    if (object.bootCount != null)
                        if ($Number(object.bootCount) !== 0)
                            message.bootCount = object.bootCount >>> 0;
                    if (object.reason !== 0 && (typeof object.reason !== "string" || $root.v2xedge.bridge.v1.ResetReason[object.reason] !== 0))
                        switch (object.reason) {
                        case "RESET_REASON_UNSPECIFIED":
                        case 0:
                            message.reason = 0;
                            break;
                        case "RESET_REASON_POWER_ON":
                        case 1:
                            message.reason = 1;
                            break;
                        case "RESET_REASON_WATCHDOG":
                        case 2:
                            message.reason = 2;
                            break;
                        case "RESET_REASON_SOFTWARE":
                        case 3:
                            message.reason = 3;
                            break;
                        case "RESET_REASON_BROWN_OUT":
                        case 4:
                            message.reason = 4;
                            break;
                        case "RESET_REASON_PIN":
                        case 5:
                            message.reason = 5;
                            break;
                        default:
                            if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                                message.reason = object.reason;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a BootNotice message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @static
                 * @param {v2xedge.bridge.v1.BootNotice} message BootNotice
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BootNotice.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.bootCount = 0;
                        object.reason = options.enums === $String ? "RESET_REASON_UNSPECIFIED" : 0;
                    }
                    if (message.bootCount != null && $Object.hasOwnProperty.call(message, "bootCount"))
                        object.bootCount = message.bootCount;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = options.enums === $String ? $root.v2xedge.bridge.v1.ResetReason[message.reason] === $undefined ? message.reason : $root.v2xedge.bridge.v1.ResetReason[message.reason] : message.reason;
                    return object;
                };

                /**
                 * Converts this BootNotice to JSON.
                 * @function toJSON
                 * @memberof v2xedge.bridge.v1.BootNotice
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BootNotice.prototype.toJSON = function() {
                    return BootNotice.toObject(this, $protobuf.util.toJSONOptions);
                };

                return BootNotice;
            })();

            return v1;
        })();

        return bridge;
    })();

    return v2xedge;
})();

export {
  $root as default
};
