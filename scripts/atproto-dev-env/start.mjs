// Starts an AT Protocol network (PLC, PDS, AppView, Ozone) from @atproto/dev-env, every server bound
// to 127.0.0.1 on a free port. Prints one JSON line with the addresses when ready, and shuts the
// network down when its standard input closes (so it never outlives the test JVM).
// Environment: ATPROTO_DEV_ENV (the installed package's directory), DB_POSTGRES_URL,
// DB_POSTGRES_SCHEMA, REDIS_HOST.
import net from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

// The dev-env servers listen on every interface; tests must only be reachable from this machine.
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') {
    args.splice(1, 0, '127.0.0.1')
  } else if (args[0] && typeof args[0] === 'object' && args[0].port !== undefined && !args[0].host) {
    args[0] = { ...args[0], host: '127.0.0.1' }
  }
  return listen.apply(this, args)
}

const home = process.env.ATPROTO_DEV_ENV
const entry = path.join(home, 'node_modules', '@atproto', 'dev-env', 'dist', 'index.js')
const { TestNetwork } = await import(pathToFileURL(entry).href)

const network = await TestNetwork.create({
  dbPostgresUrl: process.env.DB_POSTGRES_URL,
  dbPostgresSchema: process.env.DB_POSTGRES_SCHEMA,
})
const loopback = (url) => url.replace('localhost', '127.0.0.1')
console.log(JSON.stringify({ pds: loopback(network.pds.url), appview: loopback(network.bsky.url) }))

let closing = false
const close = async () => {
  if (closing) return
  closing = true
  try {
    await network.close()
  } finally {
    process.exit(0)
  }
}
process.stdin.on('end', close)
process.stdin.on('close', close)
process.on('SIGTERM', close)
process.stdin.resume()
