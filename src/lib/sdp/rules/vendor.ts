// Attributes no specification registers: vendor extensions of cameras, RTSP servers, QuickTime,
// AirPlay and old Chromium. RFC 8866 §5.13 tells receivers to ignore attributes they do not
// understand, which is all a browser does with them; what they mean comes from the software
// that writes them.
import type { SdpRule } from '../rule-types';
import { BROWSERS_IGNORE } from './browser-handling';

const NOT_REGISTERED = 'RFC 8866 §5.13 (not registered)';

const vendor = <K extends string>(
  key: K,
  title: string,
  summary: string,
  known: string,
  example: string,
  scope: 'session' | 'media' | 'both' = 'media',
) =>
  ({
    kind: 'attribute',
    key,
    title,
    grammar: '<value...>',
    scope,
    rfc: NOT_REGISTERED,
    fields: [{ name: 'value', meaning: 'A vendor-defined value; see the explanation.' }],
    example,
    summary: `Not registered: ${summary}`,
    explanation: `No RFC or IANA entry defines it. ${known} ${BROWSERS_IGNORE}`,
  }) as const satisfies SdpRule;

/** Common unregistered attributes, with what is known about them. */
export const VENDOR_RULES = [
  vendor(
    'x-dimensions',
    'Video size (vendor)',
    'the video width and height, as "width,height".',
    'Written by LIVE555-based and many IP cameras so a player can size its window before the first frame; the real size is in the H.264 SPS.',
    'a=x-dimensions:1920,1080',
  ),
  vendor(
    'x-framerate',
    'Frame rate (vendor)',
    'the video frame rate.',
    'An older camera spelling of the registered a=framerate.',
    'a=x-framerate:25',
  ),
  vendor(
    'x-onvif-track',
    'ONVIF track token',
    'the ONVIF track this section carries.',
    'ONVIF cameras and recorders name each track so a client can match it with the tracks of the ONVIF media or replay service (ONVIF Streaming Specification).',
    'a=x-onvif-track:VIDEO000',
  ),
  vendor(
    'x-qt-text-nam',
    'QuickTime title',
    'the title of the presentation, for QuickTime players.',
    'From Apple QuickTime Streaming Server; LIVE555 and cameras copy s= into it.',
    'a=x-qt-text-nam:LIVE555 Streaming Media v2017.09.12',
    'session',
  ),
  vendor(
    'x-qt-text-inf',
    'QuickTime information',
    'a description of the presentation, for QuickTime players.',
    'The QuickTime counterpart of i=.',
    'a=x-qt-text-inf:jpeg',
    'session',
  ),
  vendor(
    'cliprect',
    'Clip rectangle',
    'the visible area of the video as "top,left,bottom,right".',
    'A RealNetworks and QuickTime streaming attribute that RTSP cameras still write.',
    'a=cliprect:0,0,720,1280',
  ),
  vendor(
    'transform',
    'Display transform',
    'a 3x3 matrix to apply to the picture (rotation, mirroring).',
    'Written by GStreamer-based ONVIF servers; the rows are separated by ";".',
    'a=transform:1.000000,0.000000,0.000000;0.000000,1.000000,0.000000;0.000000,0.000000,1.000000',
  ),
  vendor(
    'x-sensor-transform',
    'Sensor transform',
    'how the camera sensor is mounted, as a 3x3 matrix.',
    'Written beside a=transform by GStreamer-based ONVIF servers.',
    'a=x-sensor-transform:1.000000,0.000000,0.000000;0.000000,1.000000,0.000000;0.000000,0.000000,1.000000',
  ),
  vendor(
    'x-google-flag',
    'Chromium flag (legacy)',
    'a flag old Chromium versions read.',
    'a=x-google-flag:conference switched Chromium to simulcast for screen sharing (the Plan B era); current Chromium neither writes nor reads it.',
    'a=x-google-flag:conference',
    'both',
  ),
  vendor(
    'fpaeskey',
    'AirPlay FairPlay key',
    'the stream key of an AirPlay (RAOP) session, wrapped by FairPlay.',
    'iTunes and AirPlay senders encrypt Apple Lossless audio with AES and send the key this way, as SDES does for SRTP.',
    'a=fpaeskey:RlBMWQECAQAAAAA8AAAAAPFOnNe+zWb5/n4L5KZkE2AAAAAQlDx69reTdwHF9LaNmhiRURTAbcL4brYAceAkZ49YirXm62N4',
  ),
  vendor(
    'aesiv',
    'AirPlay AES IV',
    'the AES initialisation vector of an AirPlay (RAOP) stream.',
    'Goes with a=fpaeskey or a=rsaaeskey.',
    'a=aesiv:5b+YZi9Ikb845BmNhaVo+Q',
  ),
] as const satisfies readonly SdpRule[];
