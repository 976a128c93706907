// One webpack build for the browser apps (mirrors OfficeDev/Excel-Custom-Functions-Shared, with the
// fixes of ../shared/docs/office-addin-guide.md §1.3–1.4):
// - the add-in's taskpane, functions and commands chunks load in ONE page (the shared runtime) and
//   share ONE webpack runtime (`runtimeChunk: 'single'`), so the zustand store and the Amplify
//   configuration exist once for the task pane and the custom functions;
// - functions.json is generated from the JSDoc of the FUNCTION_SOURCES files, and its helpUrls
//   (functions.html, the function reference rendered here from addin/functions/reference) are
//   rewritten to ADDIN_PUBLIC_URL in a production build like the manifest;
// - a production build rewrites every dev URL in manifest.xml (regex, global) to ADDIN_PUBLIC_URL;
// - the admin console (web-admin/) is built into dist/web-admin/ when its sources exist.
// The build touches no certificates: `npm start` serves dist/ over https (backend/local/front-ends.ts);
// `webpack --mode development --watch` beside it rebuilds on change. There is no webpack dev server.
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const urlDev = 'https://localhost:3000/';

/** The files whose JSDoc declares custom functions (the first is the `functions` entry). */
const FUNCTION_SOURCES = [
  './addin/functions/functions.ts',
  './addin/functions/service-functions.ts',
];

/** functions.html: rendered from TypeScript when webpack runs (tsx is a dev dependency). */
function functionReferenceHtml() {
  const { require: tsRequire } = require('tsx/cjs/api');
  return tsRequire(
    './addin/functions/reference/render-reference.ts',
    __filename,
  ).renderFunctionReference();
}

/** Rewrites the dev URL in functions.json's helpUrls for a production build. */
class FunctionsJsonUrlPlugin {
  constructor(urlProd) {
    this.urlProd = urlProd;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsJsonUrlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'FunctionsJsonUrlPlugin',
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE,
        },
        () => {
          const asset = compilation.getAsset('functions.json');
          if (!asset) return;
          const json = asset.source.source().toString();
          const rewritten = json.replace(new RegExp(escape(urlDev), 'g'), this.urlProd);
          compilation.updateAsset('functions.json', new webpack.sources.RawSource(rewritten));
        },
      );
    });
  }
}

function productionUrl() {
  const url = process.env.ADDIN_PUBLIC_URL || urlDev;
  if (!/^https:\/\//.test(url)) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https:// URL (Office loads add-ins only over https), got "${url}".`,
    );
  }
  return url.endsWith('/') ? url : `${url}/`;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every dev URL (and the bare dev origin, as in <AppDomain>) rewritten — globally, not just the first. */
function productionManifest(content, urlProd) {
  return content
    .toString()
    .replace(new RegExp(escape(urlDev), 'g'), urlProd)
    .replace(new RegExp(escape(urlDev.replace(/\/$/, '')), 'g'), new URL(urlProd).origin);
}

/** Build-time defaults of addin/config/addin-config.ts (the served config.json overrides them). */
function runtimeDefines() {
  const keys = [
    'ADDIN_API_URL',
    'ADDIN_USER_POOL_ID',
    'ADDIN_USER_POOL_CLIENT_ID',
    'ADDIN_COGNITO_ENDPOINT',
    'ADDIN_AUTH_FLOW',
  ];
  return Object.fromEntries(keys.map((k) => [`process.env.${k}`, JSON.stringify(process.env[k])]));
}

const webAdminEntry = path.resolve(__dirname, 'web-admin/main.tsx');
const webAdminHtml = path.resolve(__dirname, 'web-admin/index.html');
const hasWebAdmin = fs.existsSync(webAdminEntry) && fs.existsSync(webAdminHtml);

module.exports = (env, options) => {
  const dev = options.mode === 'development';
  const urlProd = productionUrl();
  const entry = {
    taskpane: './addin/taskpane/index.tsx',
    functions: FUNCTION_SOURCES[0],
    commands: './addin/commands/commands.ts',
  };
  const plugins = [
    new webpack.DefinePlugin(runtimeDefines()),
    new CustomFunctionsMetadataPlugin({
      input: FUNCTION_SOURCES,
      output: 'functions.json',
    }),
    ...(dev ? [] : [new FunctionsJsonUrlPlugin(urlProd)]),
    new HtmlWebpackPlugin({
      filename: 'functions.html',
      templateContent: functionReferenceHtml,
      inject: false,
    }),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './addin/taskpane/taskpane.html',
      chunks: ['runtime', 'taskpane', 'functions', 'commands'],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
        { from: 'addin/taskpane/support.html', to: 'support.html' },
        {
          from: 'manifest.xml',
          to: 'manifest.xml',
          transform: (content) => (dev ? content : productionManifest(content, urlProd)),
        },
      ],
    }),
  ];
  // Admin console hook: web-admin/main.tsx + web-admin/index.html -> dist/web-admin/index.html.
  if (hasWebAdmin) {
    entry['web-admin'] = './web-admin/main.tsx';
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'web-admin/index.html',
        template: webAdminHtml,
        chunks: ['runtime', 'web-admin'],
      }),
    );
  }
  return {
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Content-hashed names so hosting can cache bundles for a year; the manifest names
      // functions.js, so that entry keeps a stable name.
      filename: (pathData) =>
        dev || pathData.chunk?.name === 'functions' ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext]' },
        },
      ],
    },
    // One runtime for every chunk on a page (one module instance: one store, one Amplify config);
    // modules used by several entries go into shared chunks instead of being downloaded twice.
    // esbuild minifies in a fraction of terser's time (a fresh `npm start` builds once).
    optimization: {
      runtimeChunk: 'single',
      splitChunks: { chunks: 'all' },
      // Loaded when webpack runs, not when the config is read (tests read it under jsdom).
      minimizer: [
        (compiler) => {
          const { EsbuildPlugin } = require('esbuild-loader');
          new EsbuildPlugin({ target: 'es2020', minify: true }).apply(compiler);
        },
      ],
    },
    performance: { hints: false },
    plugins,
  };
};
module.exports.FUNCTION_SOURCES = FUNCTION_SOURCES;
