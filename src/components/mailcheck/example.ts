/**
 * The analyser's example: the records of a fictional domain (example.org, addresses from the documentation ranges),
 * as zone-file lines, and its MTA-STS policy. It is chosen to teach: most checks pass, DMARC asks only for
 * reports (`p=none` with no `rua`), and DANE is "not checked" because no TLSA record is in the paste. The DKIM key
 * is a real 2048-bit RSA public key generated for this example only; nobody holds its private half.
 */
const DKIM_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAinJRZWqIjDyCi9TeEaxj/Oq9pYf/rxY56v4MU7I2zcRtP3+ts3nYuKbtGQXtGY+nFv2kNjFHORimH31QduCkAS3p2UGbpzELuMKSmII6GOEKqvK/eq7bGTJXikGBaZweTLMjgLIWh/0D5AgSSrrx+FLLCWLjZASWKX/EkYiCTZ7GWjeHJbocwwBq9dwRTYghDV65SHvbEWro9eTN25ZwYkDNHS/1B/+8YQRj41yMHnJtc2utpY/pRUfR674v1Pte41IPGXxIZKyrf1jd0OWk5TMvbG/mNfDx1flJyYNt4xpIW+5drr6vpCpX9vkQ0IK/8+dAfqgC0TxaeuYfO/ZbOQIDAQAB';

export const EXAMPLE_RECORDS = [
  'example.org.               3600 IN MX   10 mx.example.org.',
  'example.org.               3600 IN TXT  "v=spf1 mx -all"',
  'mx.example.org.            3600 IN A    192.0.2.25',
  '25.2.0.192.in-addr.arpa.   3600 IN PTR  mx.example.org.',
  // A key is longer than one TXT string may be (255 bytes): zone files write it as several strings.
  `s1._domainkey.example.org. 3600 IN TXT  "v=DKIM1; k=rsa; p=${DKIM_KEY.slice(0, 200)}" "${DKIM_KEY.slice(200)}"`,
  '_dmarc.example.org.        3600 IN TXT  "v=DMARC1; p=none"',
  '_mta-sts.example.org.      3600 IN TXT  "v=STSv1; id=20261130"',
  '_smtp._tls.example.org.    3600 IN TXT  "v=TLSRPTv1; rua=mailto:tls-reports@example.org"',
].join('\n');

export const EXAMPLE_POLICY = ['version: STSv1', 'mode: testing', 'mx: mx.example.org', 'max_age: 604800'].join('\n');

/** The dig commands that show every record the checks read, for example.org (the page says what to replace). */
export const DIG_COMMANDS = [
  'dig +noall +answer example.org MX',
  'dig +noall +answer example.org TXT',
  'dig +noall +answer mx.example.org A mx.example.org AAAA',
  'dig +noall +answer -x 192.0.2.25',
  'dig +noall +answer s1._domainkey.example.org TXT',
  'dig +noall +answer _dmarc.example.org TXT',
  'dig +noall +answer _mta-sts.example.org TXT _smtp._tls.example.org TXT',
  'dig +noall +answer _25._tcp.mx.example.org TLSA',
  'curl https://mta-sts.example.org/.well-known/mta-sts.txt',
].join('\n');
