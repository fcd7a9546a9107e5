#!/usr/bin/env bash
# Server configurations for `x509dump diagnose --config` (Tests/PureX509Tests/ServerConfigs/,
# Tests/x509dumpTests/DiagnoseConfigTests.swift), as they sit on a server, with the
# certificate files they name. Valid on 2026-12-10; trust anchor ssl/root.pem.
#   ssl/root.pem, ssl/intermediate.pem          the CA (fixed dates and serials)
#   ssl/shop.pem, ssl/shop.key                  leaf shop.example.com + www.shop.example.com
#   ssl/shop-fullchain.pem                      leaf + intermediate (what nginx should serve)
#   ssl/other.pem, ssl/other.key                leaf other.example.com
#   nginx/nginx.conf                            http { include sites-enabled/*; }, relative paths
#     sites-enabled/shop        listen 443 ssl, three names (one a regex), fullchain: clean
#     sites-enabled/leaf-only   serves shop.pem without the intermediate (missing-intermediate)
#     sites-enabled/wrong-key   other.pem with shop.key (key-mismatch)
#     sites-enabled/missing     ssl_certificate names a file that does not exist (line 4)
#     sites-enabled/wrong-name  server_name api.example.com for shop's certificate (name-mismatch)
#     sites-enabled/plain       listen 80 only: not a TLS site
#     sites-enabled/client-ca   ssl_client_certificate names a missing file (line 6)
#   nginx-broken/nginx.conf     a directive without ";" (line 6), an include of a missing file,
#                               a stray "}" (line 10)
#   apache/apache2.conf         no ServerRoot (Debian's), IncludeOptional sites-enabled/*.conf, a VirtualHost in
#                               <IfModule mod_ssl.c> with SSLCertificateChainFile (clean)
#   apache-broken/httpd.conf    a <VirtualHost> never closed
#   haproxy/haproxy.cfg         bind :443 ssl crt certs/ (a directory): certs/shop.pem (leaf,
#                               intermediate and key in one file) and certs/other.pem with its key
#                               beside it as other.pem.key
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
out="$(cd "$(dirname "$0")/../server-configs" && pwd)"
rm -rf "$out"/*
mkdir -p "$out/ssl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[shop]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:shop.example.com, DNS:www.shop.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[other]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:other.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key root; csr root "/CN=Config Root CA"; sign root root root 2000 20260101000000Z 20360101000000Z
key intermediate; csr intermediate "/CN=Config Intermediate CA"; sign intermediate root intermediate 2001 20260101000000Z 20310101000000Z
key shop; csr shop "/CN=shop.example.com"; sign shop intermediate shop 2002 20260101000000Z 20270601000000Z
key other; csr other "/CN=other.example.com"; sign other intermediate other 2003 20260101000000Z 20270601000000Z
for name in root intermediate shop other; do cp "$work/$name.pem" "$out/ssl/$name.pem"; done
for name in shop other; do openssl pkey -in "$work/$name.key" -out "$out/ssl/$name.key"; done
chmod 600 "$out/ssl/"*.key
cat "$work/shop.pem" "$work/intermediate.pem" > "$out/ssl/shop-fullchain.pem"

mkdir -p "$out/nginx/sites-enabled"
cat > "$out/nginx/nginx.conf" <<'CONF'
user www-data;
events { worker_connections 768; }
http {
    ssl_protocols TLSv1.2 TLSv1.3;
    include sites-enabled/*;
}
CONF
cat > "$out/nginx/sites-enabled/shop" <<'CONF'
server {
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name shop.example.com www.shop.example.com "~^api\d+\.shop\.example\.com$";
    ssl_certificate ../ssl/shop-fullchain.pem;   # relative: to the conf prefix
    ssl_certificate_key ../ssl/shop.key;
}
CONF
cat > "$out/nginx/sites-enabled/leaf-only" <<'CONF'
server {
    listen 8443 ssl;
    server_name shop.example.com;
    ssl_certificate ../ssl/shop.pem;
    ssl_certificate_key ../ssl/shop.key;
}
CONF
cat > "$out/nginx/sites-enabled/wrong-key" <<'CONF'
server {
    listen 9443 ssl;
    server_name other.example.com;
    ssl_certificate ../ssl/other.pem;
    ssl_certificate_key ../ssl/shop.key;
}
CONF
cat > "$out/nginx/sites-enabled/missing" <<'CONF'
server {
    listen 10443 ssl;
    server_name shop.example.com;
    ssl_certificate ../ssl/renewed-fullchain.pem;
    ssl_certificate_key ../ssl/shop.key;
}
CONF
cat > "$out/nginx/sites-enabled/wrong-name" <<'CONF'
server {
    listen 11443 ssl;
    server_name api.example.com;
    ssl_certificate ../ssl/shop-fullchain.pem;
    ssl_certificate_key ../ssl/shop.key;
}
CONF
cat > "$out/nginx/sites-enabled/plain" <<'CONF'
server {
    listen 80;
    server_name shop.example.com;
    return 301 https://$host$request_uri;
}
CONF

mkdir -p "$out/nginx-broken"
cat > "$out/nginx-broken/nginx.conf" <<'CONF'
events { }
http {
    include /nonexistent/x509dump-test/mime.types;
    server {
        listen 443 ssl;
        server_name shop.example.com
        ssl_certificate ../ssl/shop-fullchain.pem;
    }
}
CONF

mkdir -p "$out/apache/sites-enabled"
# No ServerRoot: as Debian's apache2.conf, relative paths resolve against the main file's
# directory (the compiled-in ServerRoot /etc/apache2 there).
cat > "$out/apache/apache2.conf" <<'CONF'
Listen 443
IncludeOptional sites-enabled/*.conf
IncludeOptional conf-enabled/*.conf
CONF
cat > "$out/apache/sites-enabled/shop-ssl.conf" <<'CONF'
<IfModule mod_ssl.c>
    <VirtualHost *:443>
        ServerName shop.example.com:443
        ServerAlias www.shop.example.com
        SSLEngine on
        SSLCertificateFile ../ssl/shop.pem
        SSLCertificateKeyFile ../ssl/shop.key
        SSLCertificateChainFile ../ssl/intermediate.pem
    </VirtualHost>
</IfModule>
CONF
mkdir -p "$out/apache-broken"
cat > "$out/apache-broken/httpd.conf" <<'CONF'
Listen 443
<VirtualHost *:443>
    ServerName shop.example.com
    SSLEngine on
    SSLCertificateFile ../ssl/shop.pem
CONF

mkdir -p "$out/haproxy/certs"
cat > "$out/haproxy/haproxy.cfg" <<'CONF'
global
    log /dev/log local0
    ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
    mode http
    timeout client 30s

frontend https-in
    bind :443 ssl crt certs/ alpn h2,http/1.1
    default_backend web

backend web
    server web1 127.0.0.1:8080
CONF
cat "$work/shop.pem" "$work/intermediate.pem" "$out/ssl/shop.key" > "$out/haproxy/certs/shop.pem"
cat "$work/other.pem" "$work/intermediate.pem" > "$out/haproxy/certs/other.pem"
cp "$out/ssl/other.key" "$out/haproxy/certs/other.pem.key"
chmod 600 "$out/haproxy/certs/"*
# A stray closing brace at the end of the broken nginx configuration (line 10, column 1).
echo "}" >> "$out/nginx-broken/nginx.conf"
# A client CA file that does not exist, named by the otherwise clean shop site's twin.
cat > "$out/nginx/sites-enabled/client-ca" <<'CONF'
server {
    listen 12443 ssl;
    server_name shop.example.com;
    ssl_certificate ../ssl/shop-fullchain.pem;
    ssl_certificate_key ../ssl/shop.key;
    ssl_client_certificate ../ssl/clients-ca.pem;
    ssl_verify_client on;
}
CONF
